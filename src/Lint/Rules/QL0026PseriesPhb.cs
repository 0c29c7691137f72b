using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>pSeries PCI host bridges (each pci-root is a PHB; target index = QEMU's spapr-pci-host-bridge index).</summary>
public sealed class QL0026PseriesPhb : IRule
{
    private const int MaxPhbIndex = 30;

    public string Id => "QL0026";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "pSeries PCI host bridge target index or NUMA node is invalid";

    public string Description => "On pSeries every pci-root controller is a PCI host bridge (PHB). The default PHB (controller index 0) "
        + "has target index 0 and no NUMA node; other PHBs need a target index from 1 to 30, the range QEMU supports.";

    public string Fix => "Leave <target index> of controller 0 at 0 without <node>, and give other PHBs target indexes 1-30.";

    public void Check(LintContext context)
    {
        if (!context.IsPseries)
        {
            return;
        }

        foreach (var c in context.DevicesNamed("controller"))
        {
            if (c.Attr("type") != "pci" || c.Attr("model") != "pci-root" || c.Child("target") is not { } target)
            {
                continue;
            }

            var index = c.Number("index");
            var targetIndex = target.Number("index");
            if (index == 0 && targetIndex is { } t0 && t0 != 0)
            {
                context.Report(target, $"the default PHB (index 0) must have target index 0, not {t0}");
            }
            else if (index is > 0 && targetIndex == 0)
            {
                context.Report(target, "only the default PHB (index 0) can have target index 0");
            }

            if (targetIndex is > MaxPhbIndex)
            {
                context.Report(target, $"PHB target index {targetIndex} is out of range (0-{MaxPhbIndex})");
            }

            if (index == 0 && target.Child("node") is { } node)
            {
                context.Report(node, "the default PHB (index 0) cannot be assigned a NUMA node");
            }
        }
    }
}
