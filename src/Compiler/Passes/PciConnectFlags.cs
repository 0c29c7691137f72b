namespace Qconv.Compiler.Passes;

/// <summary>
/// What a device can plug into, and what a bus accepts (libvirt's virDomainPCIConnectFlags in
/// conf/domain_addr.h): a device fits a bus when they share a connection type and, when the
/// device must be hot-pluggable, the bus supports hotplug.
/// </summary>
[Flags]
public enum PciConnectFlags
{
    None = 0,

    /// <summary>Conventional PCI endpoint.</summary>
    PciDevice = 1 << 0,

    /// <summary>PCI Express endpoint.</summary>
    PcieDevice = 1 << 1,

    PciBridge = 1 << 2,

    PcieRootPort = 1 << 3,

    PcieSwitchUpstreamPort = 1 << 4,

    PcieSwitchDownstreamPort = 1 << 5,

    DmiToPciBridge = 1 << 6,

    PcieToPciBridge = 1 << 7,

    PciExpanderBus = 1 << 8,

    PcieExpanderBus = 1 << 9,

    /// <summary>The device needs (or the bus offers) hot-plug.</summary>
    Hotpluggable = 1 << 16,

    /// <summary>Devices of this kind may share one slot on several functions (pcie-root-port).</summary>
    AggregateSlot = 1 << 17,

    /// <summary>All connection types (the bits a device and a bus must have in common).</summary>
    TypesMask = (1 << 16) - 1,

    Endpoint = PciDevice | PcieDevice,
}
