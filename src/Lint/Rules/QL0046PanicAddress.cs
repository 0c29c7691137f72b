using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>Only the ISA pvpanic device has an address (its I/O port).</summary>
public sealed class QL0046PanicAddress : IRule
{
    public string Id => "QL0046";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Panic notifier has an address it cannot use";

    public string Description => "The panic notifiers of pSeries (an hypercall), s390 (a diagnose instruction) and Hyper-V have no "
        + "device address; only x86's ISA pvpanic takes <address type='isa' iobase=...>, and pvpanic-pci a PCI address.";

    public string Fix => "Remove the <address> from the <panic> device.";

    public void Check(LintContext context)
    {
        foreach (var panic in context.DevicesNamed("panic"))
        {
            if (panic.Child("address") is not { } a)
            {
                continue;
            }

            var model = panic.Attr("model") ?? (context.IsPseries ? "pseries" : context.IsS390 ? "s390" : "isa");
            var ok = (model == "isa" && a.Attr("type") == "isa") || (model == "pvpanic" && a.Attr("type") == "pci");
            if (!ok)
            {
                context.Report(a, $"a '{model}' panic device cannot have a '{a.Attr("type")}' address");
            }
        }
    }
}
