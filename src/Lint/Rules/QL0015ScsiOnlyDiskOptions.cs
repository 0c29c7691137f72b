using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>vendor/product are SCSI inquiry data; libvirt accepts them on SCSI disks only.</summary>
public sealed class QL0015ScsiOnlyDiskOptions : IRule
{
    public string Id => "QL0015";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "SCSI-only disk option on a non-SCSI disk";

    public string Description => "<vendor> and <product> set the SCSI INQUIRY strings, so they exist only for disks on bus='scsi'. "
        + "libvirt refuses them elsewhere (\"Only scsi disk supports vendor and product\").";

    public string Fix => "Move the disk to bus='scsi' (with a SCSI controller), or remove <vendor>/<product>.";

    public void Check(LintContext context)
    {
        foreach (var disk in context.DevicesNamed("disk"))
        {
            var bus = disk.Child("target")?.Attr("bus");
            if (bus is null || bus == "scsi")
            {
                continue;
            }

            foreach (var name in new[] { "vendor", "product" })
            {
                if (disk.Element(name) is { } e)
                {
                    context.Report(e, $"<{name}> is only supported for disks on bus='scsi', not bus='{bus}'");
                }
            }
        }
    }
}
