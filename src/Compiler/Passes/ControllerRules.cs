using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Controller checks libvirt makes when it parses or validates a guest (virDomainDefAddUSBController /
/// virDomainControllerDefValidate, qemuValidateDomainDeviceDefControllerUSB,
/// qemuValidateDomainDeviceDefControllerPCI): USB model none excludes other USB controllers, xHCI has
/// at most 15 ports, a UHCI companion needs its EHCI master, and each machine has its own PCI root.
/// </summary>
internal static class ControllerRules
{
    /// <summary>QEMU's xHCI controllers have at most 15 ports (QEMU_XHCI_MAXPORTS).</summary>
    private const int XhciMaxPorts = 15;

    public static void Validate(Domain domain, CompilationContext ctx)
    {
        var usb = domain.DevicesOf<Controller>().Where(c => c.Type == "usb").ToList();
        if (usb.Count > 1 && usb.Find(c => c.Model == "none") is { } none)
        {
            ctx.Error("QC0242", none.Info, "Can't add another USB controller: USB is disabled for this domain");
        }

        foreach (var c in usb)
        {
            if (c.Model is "qemu-xhci" or "nec-xhci" && c.Ports > XhciMaxPorts)
            {
                ctx.Error("QC0243", c.Info, $"'{c.Model}' controller only supports up to '{XhciMaxPorts}' ports");
            }

            // A companion (ich9-uhci1..3) shares its index with the ich9-ehci1 it belongs to.
            if (c.Model is "ich9-uhci1" or "ich9-uhci2" or "ich9-uhci3"
                && !usb.Exists(m => m.Index == c.Index && m.Model is "ich9-ehci1" or "ehci"))
            {
                ctx.Error("QC0244", c.Info, $"USB companion controller {c.Model} with index {c.Index} has no EHCI master controller");
            }
        }

        var machine = domain.Os.Machine;
        foreach (var c in domain.DevicesOf<Controller>())
        {
            if (c is { Type: "pci", Model: "pcie-root" } && MachineKind.IsI440Fx(machine))
            {
                ctx.Error("QC0245", c.Info, $"'pcie-root' controller is not supported on machine type '{machine}'; it has a 'pci-root'");
            }
            else if (c is { Type: "pci", Model: "pci-root" } && MachineKind.IsQ35(machine))
            {
                ctx.Error("QC0245", c.Info, $"'pci-root' controller is not supported on machine type '{machine}'; it has a 'pcie-root'");
            }
        }
    }
}
