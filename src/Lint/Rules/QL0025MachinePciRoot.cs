using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>PCI controller models that do not exist on the x86 machine type (pci-root vs pcie-root, pxb vs pxb-pcie).</summary>
public sealed class QL0025MachinePciRoot : IRule
{
    public string Id => "QL0025";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "PCI controller model does not fit the x86 machine type";

    public string Description => "i440FX machines (pc, pc-i440fx-*) have a conventional PCI root bus (pci-root) and can add "
        + "pci-expander-bus (pxb); Q35 machines have a PCI Express root (pcie-root) and use pcie-expander-bus (pxb-pcie). "
        + "libvirt refuses the other combinations.";

    public string Fix => "Use pci-root/pci-expander-bus with machine='pc', pcie-root/pcie-expander-bus with machine='q35', or change the machine type.";

    public void Check(LintContext context)
    {
        if (!context.IsX86 || !(context.IsQ35 || context.IsI440fx))
        {
            return;
        }

        foreach (var c in context.DevicesNamed("controller"))
        {
            if (c.Attr("type") != "pci" || c.Attr("model") is not { } model)
            {
                continue;
            }

            var wrong = context.IsQ35
                ? model is "pci-root" or "pci-expander-bus"
                : model is "pcie-root" or "pcie-expander-bus" or "pcie-root-port" or "dmi-to-pci-bridge";
            if (wrong)
            {
                context.Report(c.Attribute("model")!, $"'{model}' is not available on {(context.IsQ35 ? "Q35" : "i440FX")} machine '{context.Machine}'");
            }
        }
    }
}
