using System.Globalization;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-numa node,nodeid=N,cpus=A-B[,cpus=...],memdev=ID|mem=MiB</c> and <c>-numa dist,src=,dst=,val=</c>
/// (docs/system/invocation "-numa"), the mirror of to-native's NumaEmitter: the guest NUMA cells of
/// &lt;cpu&gt;&lt;numa&gt; with their CPUs, memory (the memdev backend's size, the backend itself read with
/// the memory family) and distances; HMAT latencies, bandwidths and caches (<see cref="NumaHmat"/>).
/// </summary>
public sealed class NumaLifter() : OptionLifter(LiftPhase.Adjustments, "numa")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Properties is not { } p)
        {
            return;
        }

        var cpu = ctx.Domain.Cpu ?? new CpuSettings();
        var cells = cpu.NumaCells;
        switch (p.GetString("type"))
        {
            case "node" when Cell(option, p, ctx, cells.Count) is { } cell:
                ctx.Domain = ctx.Domain with { Cpu = cpu with { NumaCells = cells.Add(cell) } };
                break;
            case "dist" when p.GetInt64("src") is { } src && p.GetInt64("dst") is { } dst && p.GetInt64("val") is { } val
                && IndexOf(cells, src) is var at and >= 0:
                var updated = cells[at] with { Distances = cells[at].Distances.Add(new NumaDistance((int)dst, (int)val)) };
                ctx.Domain = ctx.Domain with { Cpu = cpu with { NumaCells = cells.SetItem(at, updated) } };
                break;
            case "hmat-lb" when NumaHmat.Link(p) is { } link:
                ctx.Domain = ctx.Domain with { Cpu = cpu with { NumaInterconnects = NumaHmat.AddLink(cpu.NumaInterconnects, link) } };
                ctx.IgnoreProperties(option, p, NumaHmat.LinkKeys);
                break;
            case "hmat-cache" when p.GetInt64("node-id") is { } node && IndexOf(cells, node) is var cacheAt and >= 0 && NumaHmat.Cache(p) is { } cache:
                ctx.Domain = ctx.Domain with { Cpu = cpu with { NumaCells = cells.SetItem(cacheAt, cells[cacheAt] with { Extra = cells[cacheAt].Extra.Add(cache) }) } };
                ctx.IgnoreProperties(option, p, NumaHmat.CacheKeys);
                break;
            default:
                ctx.KeepAsPassthrough(option, $"-numa {p.GetString("type")} is not lifted");
                break;
        }
    }

    private static int IndexOf(EquatableArray<NumaCell> cells, long id)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if ((cells[i].Id ?? i) == id)
            {
                return i;
            }
        }

        return -1;
    }

    private static NumaCell? Cell(ArgvOption option, PropertyBag p, LiftContext ctx, int index)
    {
        ulong? kib = p.GetInt64("mem") is { } mib ? (ulong)mib * 1024 : null;
        var id = p.GetInt64("nodeid") is { } nodeid ? (int)nodeid : index;
        if (p.GetString("memdev") is { } memdev && p.GetEntry("memdev") is { } entry && ctx.Resolve("object", memdev, entry.Value.Span) is { } backend)
        {
            kib = backend.Properties.GetInt64("size") is { } bytes ? (ulong)bytes / 1024 : kib;
            ctx.State<Memory.MemoryBackendUses>().Uses.Add(new Memory.MemoryBackendUse(backend, CellId: id));
        }

        if (kib is null)
        {
            ctx.KeepAsPassthrough(option, "a NUMA node without memory (mem= or memdev=) has no domain XML form");
            return null;
        }

        // initiator= is derived from the cells' CPUs and distances (NumaEmitter.Initiator).
        ctx.IgnoreProperties(option, p, "type", "nodeid", "cpus", "memdev", "mem", "initiator");
        var cpus = string.Join(',', p.GetAll("cpus").OfType<StringValue>().Select(v => v.Value));
        return new NumaCell
        {
            Id = id,
            Cpus = cpus.Length == 0 ? null : cpus,
            MemoryKiB = kib.Value,
        };
    }
}
