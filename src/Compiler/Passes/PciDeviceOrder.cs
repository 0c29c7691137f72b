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
    public static IReadOnlyList<Func<Device, bool>> Groups { get; } =
    [
        d => d is Controller { Type: "pci" },
        d => d.ElementName == "filesystem",
        d => d.ElementName == "interface",
        d => d.ElementName == "sound",
        d => d is Controller { Type: not "pci" },
        d => d is Disk,
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

    public static bool IsVideo(Device d) => d.ElementName == "video";

    /// <summary>Whether a device without an address should get a PCI one.</summary>
    public static bool WantsPci(Device d, Domain domain) => d switch
    {
        Controller c => ControllerWantsPci(c),
        Disk disk => DiskBus.BusOf(disk) == "virtio",
        Memballoon m => m.Model.StartsWith("virtio", StringComparison.Ordinal),
        Input i => i.Bus == "virtio",
        IPciDevice p => p.WantsPci(domain),
        _ => false,
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
}
