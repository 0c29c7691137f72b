using System.Globalization;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// Guest NUMA topology (qemuBuildNumaCommandLine): per cell a memory backend and
/// <c>-numa node,nodeid=N,cpus=A-B[,initiator=I],memdev=ram-nodeN</c>. Machine types that still
/// accept the legacy <c>mem=</c> form get it when no cell needs a special backend (then the
/// preallocation is global: -mem-prealloc). Then distances (-numa dist) and HMAT latencies,
/// bandwidths and caches.
/// </summary>
public sealed class NumaEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var d = ctx.Domain;
        var cells = d.Cpu?.NumaCells ?? EquatableArray<NumaCell>.Empty;
        if (cells.IsEmpty)
        {
            return;
        }

        var hmat = d.Cpu!.NumaInterconnects is not null;
        var backends = new List<MemoryBackend>();
        foreach (var (cell, i) in cells.Select((c, i) => (c, i)))
        {
            var id = cell.Id ?? i;
            if (MemoryBackendProps.Build(ctx, new MemoryBackendRequest($"ram-node{id}", cell.MemoryKiB, id, SystemMemory: false)) is not { } b)
            {
                return;
            }

            backends.Add(b);
        }

        var legacyOk = ctx.Caps.ResolveMachine(d.Os.Machine, MachinePass.CapsVirtType(d))?.NumaMemSupported == true;
        var memdev = hmat || !legacyOk || backends.Any(b => b.Needed);
        if (!memdev && d.Memory.Backing?.AllocationMode == "immediate")
        {
            ctx.Add("-mem-prealloc");
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var id = cell.Id ?? i;
            if (memdev)
            {
                MemoryEmitter.EmitBackend(ctx, backends[i]);
            }

            var kv = new KeyValueWriter("node").Add("nodeid", id);
            foreach (var range in NodeSet.Parse(cell.Cpus) is { } cpus ? NodeSet.Ranges(cpus) : [])
            {
                kv.Add("cpus", range);
            }

            if (hmat && Initiator(cells, i) is { } initiator)
            {
                kv.Add("initiator", initiator);
            }

            if (memdev)
            {
                kv.Add("memdev", $"ram-node{id}");
            }
            else
            {
                kv.Add("mem", cell.MemoryKiB / 1024);
            }

            ctx.Add("-numa", kv);
        }

        foreach (var (cell, i) in cells.Select((c, i) => (c, i)))
        {
            foreach (var dist in cell.Distances)
            {
                ctx.Add("-numa", new KeyValueWriter("dist").Add("src", cell.Id ?? i).Add("dst", dist.CellId).Add("val", dist.Value));
            }
        }

        if (hmat)
        {
            HmatArgs.Emit(ctx, d.Cpu.NumaInterconnects!, cells);
        }
    }

    /// <summary>
    /// The HMAT initiator of a cell: itself when it has CPUs, else the closest cell with CPUs
    /// (virDomainNumaGetNodeInitiator).
    /// </summary>
    private static int? Initiator(EquatableArray<NumaCell> cells, int index)
    {
        var cell = cells[index];
        var id = cell.Id ?? index;
        if (!string.IsNullOrEmpty(cell.Cpus))
        {
            return id;
        }

        return cells.Select((c, i) => (c, i))
            .Where(x => !string.IsNullOrEmpty(x.c.Cpus))
            .OrderBy(x => cell.Distances.FirstOrDefault(dd => dd.CellId == (x.c.Id ?? x.i))?.Value ?? int.MaxValue)
            .ThenBy(x => x.c.Id ?? x.i)
            .Select(x => (int?)(x.c.Id ?? x.i))
            .FirstOrDefault();
    }
}

/// <summary>HMAT -numa hmat-lb (latency/bandwidth per initiator/target) and hmat-cache (per cell cache) options.</summary>
public static class HmatArgs
{
    public static void Emit(EmitContext ctx, GenericNode interconnects, EquatableArray<NumaCell> cells)
    {
        foreach (var link in interconnects.Children)
        {
            var isLatency = link.Name == "latency";
            var kv = new KeyValueWriter("hmat-lb")
                .Add("initiator", link.Attr("initiator") ?? "0")
                .Add("target", link.Attr("target") ?? "0")
                .Add("hierarchy", Hierarchy(link.Attr("cache")))
                .Add("data-type", $"{link.Attr("type") ?? "access"}-{(isLatency ? "latency" : "bandwidth")}");
            if (isLatency)
            {
                kv.Add("latency", link.Attr("value") ?? "0");
            }
            else
            {
                kv.Add("bandwidth", KiBText(link.Attr("value"), link.Attr("unit")));
            }

            ctx.Add("-numa", kv);
        }

        foreach (var (cell, i) in cells.Select((c, i) => (c, i)))
        {
            foreach (var cache in cell.Extra.Where(x => x.Name == "cache"))
            {
                var kv = new KeyValueWriter("hmat-cache")
                    .Add("node-id", cell.Id ?? i)
                    .Add("size", KiBText(cache.Child("size")?.Attr("value"), cache.Child("size")?.Attr("unit")))
                    .Add("level", cache.Attr("level") ?? "1")
                    .Add("associativity", cache.Attr("associativity") ?? "none")
                    .Add("policy", cache.Attr("policy") switch
                    {
                        "writeback" => "write-back",
                        "writethrough" => "write-through",
                        var p => p ?? "none",
                    })
                    .Add("line", cache.Child("line")?.Attr("value") ?? "0");
                ctx.Add("-numa", kv);
            }
        }
    }

    private static string Hierarchy(string? cacheLevel) => cacheLevel switch
    {
        null => "memory",
        "1" => "first-level",
        "2" => "second-level",
        _ => "third-level",
    };

    private static string KiBText(string? value, string? unit)
    {
        var scale = DomainXml.XmlReadContext.UnitScale(unit ?? "KiB") ?? 1024;
        var bytes = ulong.Parse(value ?? "0", CultureInfo.InvariantCulture) * scale;
        return (bytes / 1024).ToString(CultureInfo.InvariantCulture) + "K";
    }
}
