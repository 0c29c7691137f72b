namespace Qconv.Compiler.Passes;

/// <summary>
/// One PCI bus of the address set: the controller model that provides it, what may be plugged in
/// downstream, its slot range, and which functions of each slot are taken
/// (virDomainPCIAddressBusSetModel in libvirt's conf/domain_addr.c).
/// </summary>
public sealed class PciBus
{
    public const int LastSlot = 31;

    private readonly byte[] _functions = new byte[LastSlot + 1];
    private readonly bool[] _aggregate = new bool[LastSlot + 1];

    private PciBus(string model, PciConnectFlags flags, int minSlot, int maxSlot)
    {
        Model = model;
        Flags = flags;
        MinSlot = minSlot;
        MaxSlot = maxSlot;
    }

    public string Model { get; }

    public PciConnectFlags Flags { get; set; }

    public int MinSlot { get; }

    public int MaxSlot { get; }

    public bool IsEmpty => !_functions.AsSpan(MinSlot, MaxSlot - MinSlot + 1).ContainsAnyExcept((byte)0);

    public bool IsFullyReserved => !_functions.AsSpan(MinSlot, MaxSlot - MinSlot + 1).Contains((byte)0);

    /// <summary>The bus a PCI controller model provides; null for an unknown model.</summary>
    public static PciBus? ForModel(string? model)
    {
        const PciConnectFlags hp = PciConnectFlags.Hotpluggable;
        return model switch
        {
            "pci-root" => new(model, PciConnectFlags.PciDevice | PciConnectFlags.PciBridge | PciConnectFlags.PciExpanderBus | hp, 1, LastSlot),
            "pci-bridge" or "pcie-to-pci-bridge" => new(model, PciConnectFlags.PciDevice | PciConnectFlags.PciBridge | hp, 1, LastSlot),
            "pci-expander-bus" => new(model, PciConnectFlags.PciDevice | PciConnectFlags.PciBridge | hp, 0, LastSlot),

            // pcie-root: slots 1-31 without hotplug, so hot-pluggable endpoints go on root ports.
            "pcie-root" => new(model, PciConnectFlags.PcieDevice | PciConnectFlags.PcieRootPort | PciConnectFlags.DmiToPciBridge | PciConnectFlags.PcieExpanderBus, 1, LastSlot),
            "dmi-to-pci-bridge" => new(model, PciConnectFlags.PciDevice | PciConnectFlags.PciBridge, 0, LastSlot),
            "pcie-root-port" or "pcie-switch-downstream-port" =>
                new(model, PciConnectFlags.PcieDevice | PciConnectFlags.PcieSwitchUpstreamPort | PciConnectFlags.PcieToPciBridge | hp, 0, 0),
            "pcie-switch-upstream-port" => new(model, PciConnectFlags.PcieSwitchDownstreamPort, 0, LastSlot),
            "pcie-expander-bus" => new(model, PciConnectFlags.PcieRootPort | PciConnectFlags.DmiToPciBridge, 0, LastSlot),
            _ => null,
        };
    }

    public bool IsSlotUsed(int slot) => _functions[slot] != 0;

    public bool IsFunctionUsed(int slot, int function) => (_functions[slot] & (1 << function)) != 0;

    public bool IsAggregate(int slot) => _aggregate[slot];

    public void Take(int slot, int function, bool aggregate)
    {
        if (_functions[slot] == 0 && aggregate)
        {
            _aggregate[slot] = true;
        }

        _functions[slot] |= (byte)(1 << function);
    }

    /// <summary>
    /// Whether a device with <paramref name="device"/> flags fits this bus. Addresses written by the
    /// user may put a PCI device on a PCIe slot and vice versa, and override the hotplug need
    /// (virDomainPCIAddressFlagsCompatible).
    /// </summary>
    public bool Accepts(PciConnectFlags device, bool fromConfig)
    {
        var bus = Flags;
        if (fromConfig)
        {
            if ((bus & PciConnectFlags.Endpoint) != 0)
            {
                bus |= PciConnectFlags.Endpoint;
            }

            bus |= PciConnectFlags.Hotpluggable;
        }

        return (device & bus & PciConnectFlags.TypesMask) != 0 &&
               ((device & PciConnectFlags.Hotpluggable) == 0 || (bus & PciConnectFlags.Hotpluggable) != 0);
    }
}
