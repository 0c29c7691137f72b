using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Rounds guest memory like qemuDomainAlignMemorySizes: the initial memory (the sum of the guest
/// NUMA cells, or the total minus hot-plugged memory devices) and each NUMA cell to whole MiB
/// (QEMU's -m takes MiB), DIMM-like memory devices to 2 MiB; currentMemory never exceeds the
/// total. DIMMs without an address get the first free slot (qemuDomainAssignMemorySlots).
/// </summary>
public sealed class MemoryAlignPass : IDomainPass
{
    private const ulong MiB = 1024;

    public string Name => "memory-align";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var m = domain.Memory;
        var cells = domain.Cpu?.NumaCells ?? EquatableArray<NumaCell>.Empty;
        if (!cells.IsEmpty)
        {
            cells = cells.Select(c => c with { MemoryKiB = AlignUp(c.MemoryKiB, MiB) }).ToEquatableArray();
            domain = domain with { Cpu = domain.Cpu! with { NumaCells = cells } };
        }

        var devices = domain.Devices.ToList();
        var usedSlots = new List<int>();
        foreach (var d in devices)
        {
            if (d is MemoryDevice { Info.Address: DimmAddress { Slot: { } used } })
            {
                usedSlots.Add(used);
            }
        }

        ulong hotplugged = 0;
        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i] is not MemoryDevice mem)
            {
                continue;
            }

            hotplugged += mem.SizeKiB;
            if (mem.IsDimmLike)
            {
                mem = mem with { SizeKiB = AlignUp(mem.SizeKiB, 2 * MiB) };
                if (mem.Info.Address is null or DimmAddress { Slot: null })
                {
                    var slot = 0;
                    while (usedSlots.Contains(slot))
                    {
                        slot++;
                    }

                    usedSlots.Add(slot);
                    mem = mem with { Info = mem.Info with { Address = new DimmAddress(slot, (mem.Info.Address as DimmAddress)?.Base) } };
                }
            }

            devices[i] = mem;
        }

        var cellsTotal = NumaMemory.TotalKiB(cells);
        var initial = cellsTotal > 0 ? cellsTotal : (m.TotalKiB > hotplugged ? m.TotalKiB - hotplugged : m.TotalKiB);
        var aligned = AlignUp(initial, MiB);
        var current = m.CurrentKiB is { } c0 ? Math.Min(c0, aligned) : aligned;
        return domain.WithDevices(devices) with
        {
            Memory = m with { TotalKiB = aligned, CurrentKiB = current, MaxKiB = m.MaxKiB is { } mx ? AlignUp(mx, MiB) : null },
        };
    }

    public static ulong AlignUp(ulong value, ulong alignment) => (value + alignment - 1) / alignment * alignment;
}
