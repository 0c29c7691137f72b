using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Which PCI functions are taken, per bus (libvirt's virDomainPCIAddressSet, simplified to the
/// conventional PCI buses qconv assigns on).
/// </summary>
public sealed class PciSlots
{
    private readonly HashSet<(int Bus, int Slot, int Function)> _used = [];
    private readonly Dictionary<int, (int MinSlot, int MaxSlot)> _buses = [];

    public void AddBus(int bus, int minSlot, int maxSlot) => _buses[bus] = (minSlot, maxSlot);

    public bool IsUsed(int bus, int slot, int function) => _used.Contains((bus, slot, function));

    public bool IsSlotUsed(int bus, int slot) => _used.Any(u => u.Bus == bus && u.Slot == slot);

    public bool Reserve(PciAddress a) => _used.Add((a.Bus, a.Slot, a.Function));

    public void ReserveSlot(int bus, int slot)
    {
        for (var f = 0; f < 8; f++)
        {
            _used.Add((bus, slot, f));
        }
    }

    /// <summary>The first completely free slot on any known bus, lowest bus first; function 0 is taken.</summary>
    public PciAddress? Next()
    {
        foreach (var (bus, (min, max)) in _buses.OrderBy(b => b.Key))
        {
            for (var slot = min; slot <= max; slot++)
            {
                if (!IsSlotUsed(bus, slot))
                {
                    var a = new PciAddress(0, bus, slot, 0);
                    Reserve(a);
                    return a;
                }
            }
        }

        return null;
    }
}
