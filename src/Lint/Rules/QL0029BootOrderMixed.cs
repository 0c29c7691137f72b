using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>os/boot dev= and per-device boot order= are alternatives (formatdomain.html, "BIOS bootloader").</summary>
public sealed class QL0029BootOrderMixed : IRule
{
    public string Id => "QL0029";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Per-device boot order mixed with <os><boot dev=...>";

    public string Description => "The boot order is given either as a list of device classes in <os> (<boot dev='hd'/>...) or per "
        + "device with <boot order='N'/>; libvirt refuses a domain that uses both, since the two cannot be merged.";

    public string Fix => "Remove the <boot dev=...> elements from <os> and give each bootable device <boot order='N'/>, or the other way round.";

    public void Check(LintContext context)
    {
        if (context.Root.Child("os")?.Child("boot") is not { } osBoot)
        {
            return;
        }

        if (context.Devices.Any(d => d.Child("boot")?.Attribute("order") is not null))
        {
            context.Report(osBoot, "<os><boot dev=...> cannot be combined with per-device <boot order=...>");
        }
    }
}
