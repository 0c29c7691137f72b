using System.Xml.Linq;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>Controller indexes and PCI root controllers (formatdomain.html, "Controllers", "PCI topology").</summary>
public sealed class QL0024PciControllerLayout : IRule
{
    /// <summary>pcie-root has 32 slots of 8 functions; slot 0 is the host bridge and slot 0x1f the ICH9 chipset.</summary>
    private const int PcieRootFunctions = 30 * 8;

    public string Id => "QL0024";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Controller index or PCI root controller is invalid";

    public string Description => "Two controllers of one type cannot share an index. The PCI index is the bus number, so the root "
        + "bus (pci-root or pcie-root) has index 0 (pSeries, where each pci-root is a PHB, aside) and no <address> of its own. "
        + "A pcie-expander-bus plugs into pcie-root itself. Every pcie-root-port occupies a function of pcie-root, which offers "
        + "240 of them.";

    public string Fix => "Give each controller a unique index, keep the root controller at index 0 without <address>, and reduce "
        + "the number of root ports (or add pcie-switch controllers).";

    public void Check(LintContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rootPorts = 0;
        foreach (var c in context.DevicesNamed("controller"))
        {
            var type = c.AttrOr("type", string.Empty);
            var model = c.Attr("model");
            // UHCI companions share the index of their EHCI controller.
            var companion = c.Child("master") is not null || (type == "usb" && model is not null && model.Contains("uhci", StringComparison.Ordinal));
            if (c.Number("index") is { } index && !companion && !seen.Add($"{type} {index}"))
            {
                context.Report(c.Attribute("index")!, $"two '{type}' controllers have index {index}");
            }

            if (type != "pci")
            {
                continue;
            }

            if (model is "pci-root" or "pcie-root")
            {
                if (!context.IsPseries && c.Number("index") is { } i and not 0)
                {
                    context.Report(c.Attribute("index")!, $"the {model} controller must have index 0, not {i}");
                }

                if (c.Child("address") is { } a)
                {
                    context.Report(a, $"the {model} controller is the root bus and cannot have an <address>");
                }
            }

            if (model == "pcie-expander-bus" && c.Child("address") is { } pxb && pxb.Attr("type") == "pci" && pxb.Number("bus") is { } bus and not 0)
            {
                context.Report(pxb, $"a pcie-expander-bus must be plugged into pcie-root (bus 0), not bus {bus}");
            }

            if (model == "pcie-root-port" && c.Child("address") is null && ++rootPorts == PcieRootFunctions + 1)
            {
                context.Report(c, $"more than {PcieRootFunctions} pcie-root-port controllers do not fit on pcie-root");
            }
        }
    }
}
