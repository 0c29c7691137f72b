using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Rounds guest memory like qemuDomainAlignMemorySizes: the initial memory (the sum of the guest
/// NUMA cells, or the total minus hot-plugged memory devices) and each NUMA cell to whole MiB
/// (QEMU's -m takes MiB), DIMM-like memory devices to 2 MiB; currentMemory never exceeds the
/// total. DIMMs without an address get the first free slot (qemuDomainAssignMemorySlots).
/// A size that no longer fits QEMU's signed 64-bit byte counts once rounded is an error, as in libvirt.
/// </summary>
public sealed class MemoryAlignPass : IDomainPass
{
    private const ulong MiB = 1024;

    /// <summary>The largest memory size libvirt accepts after alignment, in KiB (virMemoryMaxValue: LLONG_MAX bytes).</summary>
    private const ulong MaxKiB = long.MaxValue >> 10;

    public string Name => "memory-align";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var m = domain.Memory;
        var cells = domain.Cpu?.NumaCells ?? EquatableArray<NumaCell>.Empty;
        if (!cells.IsEmpty)
        {
            cells = cells.Select(c => c with { MemoryKiB = AlignUp(c.MemoryKiB, MiB) }).ToEquatableArray();
            for (var i = 0; i < cells.Count; i++)
            {
                if (cells[i].MemoryKiB > MaxKiB)
                {
                    ctx.Error("QC0241", domain.Span, $"memory size of NUMA node '{i}' overflowed after alignment");
                }
            }

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
                if (mem.SizeKiB > MaxKiB)
                {
                    ctx.Error("QC0241", mem.Info, $"size of memory module '{i}' overflowed after alignment");
                }

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
        if (cellsTotal == 0 && aligned > MaxKiB)
        {
            ctx.Error("QC0241", domain.Span, "initial memory size overflowed after alignment");
        }

        var maxAligned = m.MaxKiB is { } mx ? AlignUp(mx, MiB) : (ulong?)null;
        if (maxAligned > MaxKiB)
        {
            ctx.Error("QC0241", domain.Span, "maximum memory size overflowed after alignment");
        }

        var current = m.CurrentKiB is { } c0 ? Math.Min(c0, aligned) : aligned;
        return domain.WithDevices(devices) with
        {
            Memory = m with { TotalKiB = aligned, CurrentKiB = current, MaxKiB = maxAligned },
        };
    }

    public static ulong AlignUp(ulong value, ulong alignment) => (value + alignment - 1) / alignment * alignment;
}
