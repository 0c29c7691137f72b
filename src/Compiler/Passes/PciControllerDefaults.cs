using Qconv.Compiler.Caps;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Defaults of a PCI controller once it has its address (qemuDomainAssignPCIAddresses,
/// qemuDomainPCIControllerSetDefaultModelName): the QEMU device that implements the model,
/// pcie-root-port / downstream-port chassis (= index) and port (slot &lt;&lt; 3 | function, or the slot),
/// pci-bridge chassisNr (= index).
/// </summary>
public static class PciControllerDefaults
{
    public static Controller Apply(Controller c, QemuCaps caps)
    {
        var t = c.PciTarget ?? new PciControllerTarget();
        var a = c.Info.Address as PciAddress;
        switch (c.Model)
        {
            case "pcie-root-port":
                t = t with { Chassis = t.Chassis ?? c.Index, Port = t.Port ?? (a is null ? null : (a.Slot << 3) + a.Function) };
                break;
            case "pcie-switch-downstream-port":
                t = t with { Chassis = t.Chassis ?? c.Index, Port = t.Port ?? a?.Slot };
                break;
            case "pci-bridge":
                t = t with { ChassisNr = t.ChassisNr ?? c.Index };
                break;
        }

        return c with { ModelName = c.ModelName ?? DefaultModelName(c.Model, caps), PciTarget = c.Model is "pci-root" or "pcie-root" ? c.PciTarget : t };
    }

    public static string? DefaultModelName(string? model, QemuCaps caps) => model switch
    {
        "pci-bridge" => "pci-bridge",
        "dmi-to-pci-bridge" => "i82801b11-bridge",
        "pcie-root-port" => caps.Has(new QemuCap("pcie-root-port")) ? "pcie-root-port" : "ioh3420",
        "pcie-switch-upstream-port" => "x3130-upstream",
        "pcie-switch-downstream-port" => "xio3130-downstream",
        "pci-expander-bus" => "pxb",
        "pcie-expander-bus" => "pxb-pcie",
        "pcie-to-pci-bridge" => "pcie-pci-bridge",
        _ => null,
    };
}
