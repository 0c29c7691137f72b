using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>A disk needs &lt;target dev=...&gt; (libvirt: "missing target information for device").</summary>
public sealed class QL0011DiskTargetMissing : IRule
{
    public string Id => "QL0011";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Disk has no <target dev=...>";

    public string Description => "The target names the disk in the guest (vda, sda, hdc, ...) and, with bus=, selects the controller it "
        + "is attached to. libvirt refuses a disk without it.";

    public string Fix => "Add <target dev='vda' bus='virtio'/> (or another free name and bus) to the disk.";

    public void Check(LintContext context)
    {
        foreach (var disk in context.DevicesNamed("disk"))
        {
            if (disk.Child("target")?.Attr("dev") is not { Length: > 0 })
            {
                context.Report(disk, "disk has no <target dev=...>");
            }
        }
    }
}
