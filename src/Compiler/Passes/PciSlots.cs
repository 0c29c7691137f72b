using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// The PCI address set (libvirt's virDomainPCIAddressSet, conf/domain_addr.c): one
/// <see cref="PciBus"/> per PCI controller index and the functions taken on each. In a dry run
/// the set never runs out of slots: it grows by the controller a device needs
/// (pcie-root-port for PCIe endpoints, pci-bridge — behind a pcie-root-port + pcie-pci-bridge or a
/// dmi-to-pci-bridge on PCIe machines — for conventional PCI ones), which is how libvirt decides
/// which controllers to add.
/// </summary>
public sealed class PciSlots
{
    private readonly List<PciBus> _buses = [];

    public PciSlots(bool dryRun = false, bool pcieToPciBridgeSupported = true)
    {
        DryRun = dryRun;
        PcieToPciBridgeSupported = pcieToPciBridgeSupported;
    }

    public bool DryRun { get; }

    public bool PcieToPciBridgeSupported { get; }

    public int Count => _buses.Count;

    public PciBus this[int bus] => _buses[bus];

    public void AddBus(PciBus bus) => _buses.Add(bus);

    /// <summary>Whether every slot of every bus is taken.</summary>
    public bool IsFullyReserved => _buses.TrueForAll(b => b.IsFullyReserved);

    public bool IsSlotUsed(int bus, int slot) => bus < _buses.Count && _buses[bus].IsSlotUsed(slot);

    /// <summary>Marks every function of a slot taken (chipset functions such as the PIIX3 or ICH9 LPC).</summary>
    public void ReserveSlot(int bus, int slot)
    {
        for (var f = 0; f < 8; f++)
        {
            _buses[bus].Take(slot, f, false);
        }
    }

    /// <summary>
    /// Reserves an address the configuration gave (fromConfig) or the chipset rules chose; returns
    /// an error message instead when the address is invalid or already taken.
    /// </summary>
    public string? Reserve(PciAddress a, PciConnectFlags flags, bool fromConfig = true)
    {
        if (DryRun && flags != PciConnectFlags.None)
        {
            _ = Grow(ref a, flags);
        }

        if (a.Bus >= _buses.Count)
        {
            return $"Invalid PCI address {PciAddressPass.Format(a)}. Only PCI buses up to {_buses.Count - 1} are available";
        }

        var bus = _buses[a.Bus];
        if (flags != PciConnectFlags.None && !bus.Accepts(flags, fromConfig))
        {
            return $"The device at PCI address {PciAddressPass.Format(a)} cannot be plugged into the PCI controller with index='{a.Bus}'. It requires a controller that accepts a different kind of device.";
        }

        if (a.Slot < bus.MinSlot || a.Slot > bus.MaxSlot)
        {
            return $"Invalid PCI address {PciAddressPass.Format(a)}. slot must be >= {bus.MinSlot} and <= {bus.MaxSlot}";
        }

        if (bus.IsFunctionUsed(a.Slot, a.Function))
        {
            return $"Attempted double use of PCI Address {PciAddressPass.Format(a)}";
        }

        bus.Take(a.Slot, a.Function, (flags & PciConnectFlags.AggregateSlot) != 0);
        return null;
    }

    /// <summary>
    /// Finds and takes the first free place for a device (virDomainPCIAddressGetNextAddr): the
    /// first completely unused slot of the first compatible bus, or for slot-aggregating devices
    /// a free function of a slot already shared that way. Null when nothing is left (never in a dry run).
    /// </summary>
    public PciAddress? ReserveNext(PciConnectFlags flags)
    {
        var aggregate = (flags & PciConnectFlags.AggregateSlot) != 0;
        for (var b = 0; b < _buses.Count; b++)
        {
            var bus = _buses[b];
            if (!bus.Accepts(flags, false))
            {
                continue;
            }

            for (var slot = bus.MinSlot; slot <= bus.MaxSlot; slot++)
            {
                var function = !bus.IsSlotUsed(slot) ? 0
                    : aggregate && bus.IsAggregate(slot) ? FirstFreeFunction(bus, slot)
                    : -1;
                if (function >= 0)
                {
                    var a = new PciAddress(0, b, slot, function);
                    bus.Take(slot, function, aggregate);
                    return a;
                }
            }
        }

        if (!DryRun)
        {
            return null;
        }

        var grown = new PciAddress(0, _buses.Count, 0, 0);
        if (!Grow(ref grown, flags))
        {
            return null;
        }

        grown = grown with { Slot = _buses[grown.Bus].MinSlot };
        _buses[grown.Bus].Take(grown.Slot, 0, aggregate);
        return grown;
    }

    private static int FirstFreeFunction(PciBus bus, int slot)
    {
        for (var f = 0; f < 8; f++)
        {
            if (!bus.IsFunctionUsed(slot, f))
            {
                return f;
            }
        }

        return -1;
    }

    /// <summary>
    /// Adds buses until <paramref name="a"/>'s bus exists (virDomainPCIAddressSetGrow); false when
    /// no controller can be added automatically for such a device.
    /// </summary>
    private bool Grow(ref PciAddress a, PciConnectFlags flags)
    {
        var add = a.Bus - _buses.Count + 1;
        if (add <= 0)
        {
            return true;
        }

        string model;
        var needDmi = false;
        var needPcieToPci = false;
        if ((flags & PciConnectFlags.PciDevice) != 0)
        {
            model = "pci-bridge";
            var haveBridgeSlot = _buses.Any(b => (b.Flags & PciConnectFlags.PciBridge) != 0);
            if (!haveBridgeSlot)
            {
                needPcieToPci = PcieToPciBridgeSupported;
                needDmi = !PcieToPciBridgeSupported;
                if (add == 1)
                {
                    add++;
                    a = a with { Bus = a.Bus + 1 };
                }
            }
        }
        else if ((flags & (PciConnectFlags.PcieDevice | PciConnectFlags.PcieSwitchUpstreamPort)) != 0)
        {
            model = "pcie-root-port";
        }
        else
        {
            // Root ports, DMI bridges and expander buses only plug into pcie-root: nothing to add.
            return false;
        }

        var target = _buses.Count + add;
        if (needDmi)
        {
            _buses.Add(PciBus.ForModel("dmi-to-pci-bridge")!);
        }

        if (needPcieToPci)
        {
            // This root port is only for the pcie-to-pci-bridge, so the spare "hotplug" root port
            // libvirt reserves later gets a port of its own.
            var port = PciBus.ForModel("pcie-root-port")!;
            port.Flags = PciConnectFlags.PcieToPciBridge;
            _buses.Add(port);
            _buses.Add(PciBus.ForModel("pcie-to-pci-bridge")!);
        }

        while (_buses.Count < target)
        {
            _buses.Add(PciBus.ForModel(model)!);
        }

        return true;
    }
}
