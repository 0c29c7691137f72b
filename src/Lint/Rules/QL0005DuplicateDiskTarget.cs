using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>Two disks may not share a target device name (libvirt: "target 'X' duplicated for disk sources").</summary>
public sealed class QL0005DuplicateDiskTarget : IRule
{
    public string Id => "QL0005";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Two disks use the same target device";

    public string Description => "<target dev='...'> names the disk inside the guest and decides its drive address; libvirt refuses a "
        + "domain where two disks have the same target, whatever their buses.";

    public string Fix => "Give each disk its own target name (vda, vdb, ...; sda, sdb, ...).";

    public void Check(LintContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var disk in context.DevicesNamed("disk"))
        {
            if (disk.Child("target") is { } target && target.Attr("dev") is { Length: > 0 } dev && !seen.Add(dev))
            {
                context.Report(target, $"target '{dev}' is used by more than one disk");
            }
        }
    }
}
