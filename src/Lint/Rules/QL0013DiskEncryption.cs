using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>LUKS encryption settings libvirt refuses.</summary>
public sealed class QL0013DiskEncryption : IRule
{
    public string Id => "QL0013";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Disk encryption is incomplete or used with an unsupported format";

    public string Description => "An <encryption> block that sets <cipher> must also set <ivgen>, and the other way round: LUKS needs "
        + "both to create the volume header. LUKS encryption handled by QEMU works on raw and qcow2 images only.";

    public string Fix => "Give both <cipher> and <ivgen> (or neither), and use driver type='raw' or 'qcow2' for encrypted disks.";

    public void Check(LintContext context)
    {
        foreach (var disk in context.DevicesNamed("disk"))
        {
            var source = disk.Child("source");
            var encryption = disk.Child("encryption") ?? source?.Child("encryption");
            if (encryption is null)
            {
                continue;
            }

            if ((encryption.Child("cipher") is null) != (encryption.Child("ivgen") is null))
            {
                context.Report(encryption, "<encryption> needs both <cipher> and <ivgen>, or neither");
            }

            var format = disk.Child("driver")?.Attr("type");
            if (encryption.Attr("format") is "luks" or "luks2" && format is not (null or "raw" or "qcow2"))
            {
                context.Report(encryption, $"LUKS encryption is not supported for '{format}' images (only raw and qcow2)");
            }
        }
    }
}
