using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// The order in which libvirt hands out PCI slots (qemuDomainAssignDevicePCISlots): PCI
/// controllers, filesystems, network interfaces, sound cards, other controllers, virtio disks,
/// host devices, balloon, RNGs, watchdog, videos, shared memory, virtio inputs, serials, vsock,
/// IOMMU, crypto — and which devices want a PCI address at all.
/// A family added to the IR adds its line here.
/// </summary>
public static class PciDeviceOrder
{
    public static IReadOnlyList<Func<Device, bool>> Groups => GroupArray;

    private static readonly Func<Device, bool>[] GroupArray =
    [
        d => d is Controller { Type: "pci" },
        d => d.ElementName == "filesystem",
        d => d.ElementName == "interface" && d is not Interface { Type: "hostdev" },
        d => d.ElementName == "sound",
        d => d is Controller { Type: not "pci" },
        d => d is Disk,
        // The net loop skips hostdev interfaces; they are def->hostdevs' first entries (added at parse).
        d => d is Interface { Type: "hostdev" },
        d => d.ElementName == "hostdev",
        d => d is Memballoon,
        d => d.ElementName == "rng",
        d => d.ElementName == "watchdog",
        IsVideo,
        d => d.ElementName == "shmem",
        d => d is Input,
        d => d.ElementName == "serial",
        d => d.ElementName == "vsock",
        d => d.ElementName == "iommu",
        d => d.ElementName == "crypto",
    ];

    /// <summary>The index in <see cref="Groups"/> of the first group the device belongs to; -1 for none.</summary>
    public static int GroupOf(Device d)
    {
        for (var g = 0; g < GroupArray.Length; g++)
        {
            if (GroupArray[g](d))
            {
                return g;
            }
        }

        return -1;
    }

    public static bool IsVideo(Device d) => d.ElementName == "video";

    /// <summary>Whether a device without an address should get a PCI one.</summary>
    public static bool WantsPci(Device d, Domain domain) => d switch
    {
        Controller c => ControllerWantsPci(c),
        Disk disk => DiskBus.BusOf(disk) == "virtio",
        Memballoon m => m.Model.StartsWith("virtio", StringComparison.Ordinal),
        Input i => i.Bus == "virtio",
        Iommu iommu => iommu.Model == "virtio",
        IPciDevice p => p.WantsPci(domain),
        _ => false,
    };

    /// <summary>
    /// What a device needing a PCI address can plug into (qemuDomainDeviceCalculatePCIConnectFlags):
    /// on machines with a PCIe root, PCIe endpoints and hot-pluggable; on pci-root machines every
    /// endpoint is conventional PCI. None when the device wants no PCI address.
    /// </summary>
    public static PciConnectFlags ConnectFlags(Device d, Domain domain)
    {
        if (d is Controller { Type: "pci" } pci)
        {
            return PciControllerFlags(pci.Model);
        }

        if (!WantsPci(d, domain))
        {
            return PciConnectFlags.None;
        }

        if (d is Iommu)
        {
            // virtio-iommu is an integrated endpoint of the PCIe root bus, never hot-plugged.
            return MachineKind.IsQ35(domain.Os.Machine) ? PciConnectFlags.PcieDevice : PciConnectFlags.PciDevice;
        }

        var conventional = d switch
        {
            Controller c => ControllerIsConventional(c),
            Disk disk => VirtioModels.IsTransitional(disk.Model),
            Memballoon m => VirtioModels.IsTransitional(m.Model),
            Input i => VirtioModels.IsTransitional(i.Model),
            Interface { Type: "hostdev" } => false,
            Interface n => VirtioModels.IsTransitional(n.Model),
            Filesystem f => VirtioModels.IsTransitional(f.Model),
            Vsock v => VirtioModels.IsTransitional(v.Model),
            Hostdev h => VirtioModels.IsTransitional(h.Attributes.FirstOrDefault(a => a.Key == "model")?.Value),
            IPciDevice p => p.IsConventionalPci(domain),
            _ => false,
        };
        var pcieMachine = MachineKind.IsQ35(domain.Os.Machine);
        return (conventional || !pcieMachine ? PciConnectFlags.PciDevice : PciConnectFlags.PcieDevice) | PciConnectFlags.Hotpluggable;
    }

    /// <summary>Where a PCI controller itself plugs in.</summary>
    public static PciConnectFlags PciControllerFlags(string? model) => model switch
    {
        "pci-bridge" => PciConnectFlags.PciBridge | PciConnectFlags.Hotpluggable,
        "pcie-root-port" => PciConnectFlags.PcieRootPort | PciConnectFlags.AggregateSlot,
        "dmi-to-pci-bridge" => PciConnectFlags.DmiToPciBridge,
        "pcie-to-pci-bridge" => PciConnectFlags.PcieToPciBridge,
        "pcie-switch-upstream-port" => PciConnectFlags.PcieSwitchUpstreamPort,
        "pcie-switch-downstream-port" => PciConnectFlags.PcieSwitchDownstreamPort,
        "pci-expander-bus" => PciConnectFlags.PciExpanderBus,
        "pcie-expander-bus" => PciConnectFlags.PcieExpanderBus,
        _ => PciConnectFlags.None,
    };

    private static bool ControllerIsConventional(Controller c) => c.Type switch
    {
        "usb" => c.Model is not ("qemu-xhci" or "nec-xhci"),
        "scsi" => c.Model is null || !c.Model.StartsWith("virtio", StringComparison.Ordinal) || VirtioModels.IsTransitional(c.Model),
        "virtio-serial" => VirtioModels.IsTransitional(c.Model),
        "sata" => false,
        _ => true,
    };

    private static bool ControllerWantsPci(Controller c) => c.Type switch
    {
        "pci" => c.Model is not ("pci-root" or "pcie-root"),
        "usb" => c.Model is not (null or "none"),
        "ide" => c.Index != 0,
        "fdc" or "ccid" or "xenbus" or "isa" => false,
        "sata" => true,
        _ => true,
    };
}

/// <summary>Implemented by device records whose need for a PCI address depends on their own settings.</summary>
public interface IPciDevice
{
    bool WantsPci(Domain domain);

    /// <summary>
    /// True for conventional-PCI-only devices (e1000, rtl8139, transitional virtio...): on Q35 they
    /// need a PCI bridge instead of a pcie-root-port. The default is a PCI Express capable device.
    /// </summary>
    bool IsConventionalPci(Domain domain) => false;
}
