using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Guest NUMA and numatune consistency (virDomainNumaDefValidate, virDomainNumatuneParseXML,
/// virDomainDefValidate): cell ids 0..n-1 (cells are kept in id order), per-node bindings only with guest NUMA and
/// without automatic placement, 'restrictive' used for all or none, memory devices on existing
/// nodes, huge page nodesets naming guest nodes, host nodes that exist.
/// </summary>
public sealed class NumaValidatePass : IDomainPass
{
    public string Name => "numa-validate";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var cells = domain.Cpu?.NumaCells ?? EquatableArray<NumaCell>.Empty;
        // Ids must be 0..n-1, each once: a bool per id (no HashSet<int>, which costs JIT work at start).
        var seen = new bool[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            var id = cells[i].Id ?? i;
            if (id < 0 || id >= cells.Count || seen[id])
            {
                ctx.Error("QC0250", domain.Span, $"Invalid 'id' in cell definition: {id}; NUMA cells must have the ids 0..{cells.Count - 1}");
                return domain;
            }

            seen[id] = true;
        }

        if (!cells.IsEmpty)
        {
            // libvirt keeps each cell at the position of its id.
            cells = cells.Select((c, i) => c with { Id = c.Id ?? i }).OrderBy(c => c.Id).ToEquatableArray();
            domain = domain with { Cpu = domain.Cpu! with { NumaCells = cells } };
        }

        if (domain.Memory.NumaTune is { } tune)
        {
            ValidateNumaTune(domain, tune, cells.Count, ctx);
        }

        foreach (var mem in domain.DevicesOf<MemoryDevice>())
        {
            if (mem.TargetNode is { } node && node >= Math.Max(cells.Count, 1))
            {
                ctx.Error("QC0251", mem.Info, $"can't add memory backend for guest node '{node}' as the guest has only '{cells.Count}' NUMA nodes configured");
            }
        }

        var guestNodes = Math.Max(cells.Count, 1);
        foreach (var page in domain.Memory.Backing?.Pages ?? EquatableArray<HugePage>.Empty)
        {
            if (NodeSet.Parse(page.NodeSet) is { } nodes && nodes.FirstOrDefault(n => n >= guestNodes, -1) is var bad && bad >= 0)
            {
                ctx.Error("QC0224", domain.Span, $"hugepages: node {bad} not found");
            }
        }

        return domain;
    }

    private static void ValidateNumaTune(Domain domain, NumaTune tune, int cellCount, CompilationContext ctx)
    {
        // virDomainNumatuneParseXML: a static placement names its nodes, and a nodeset must select one.
        if (tune.Placement == "static" && string.IsNullOrWhiteSpace(tune.NodeSet) && tune.Mode is not null)
        {
            ctx.Error("QC0256", domain.Span, "nodeset for NUMA memory tuning must be set if 'placement' is 'static'");
        }

        if (!tune.MemNodes.IsEmpty && cellCount == 0)
        {
            ctx.Error("QC0252", domain.Span, "Element 'memnode' is invalid without any guest NUMA cells");
        }

        if (!tune.MemNodes.IsEmpty && tune.Placement == "auto")
        {
            ctx.Error("QC0253", domain.Span, "Per-node binding is not compatible with automatic NUMA placement.");
        }

        if (tune.Mode == "restrictive" && tune.MemNodes.Any(m => m.Mode != "restrictive"))
        {
            ctx.Error("QC0254", domain.Span, "'restrictive' mode is required in memnode element when mode is 'restrictive' in memory element");
        }

        foreach (var memnode in tune.MemNodes)
        {
            if (memnode.CellId >= cellCount && cellCount > 0)
            {
                ctx.Error("QC0255", domain.Span, $"Argument 'cellid' '{memnode.CellId}' in memnode element must correspond to existing guest's NUMA cell");
            }
        }

        // Each nodeset is parsed once: it must select a node, and every node must exist on the host.
        foreach (var set in new[] { tune.NodeSet }.Concat(tune.MemNodes.Select(m => m.NodeSet)))
        {
            if (string.IsNullOrWhiteSpace(set))
            {
                continue;
            }

            if (NodeSet.Parse(set) is not { Count: > 0 } nodes)
            {
                ctx.Error("QC0257", domain.Span, $"Invalid value of 'nodeset': {set}");
            }
            else if (nodes.FirstOrDefault(n => n > ctx.Host.MaxNumaNode, -1) is var bad && bad >= 0)
            {
                ctx.Error("QC0225", domain.Span, $"NUMA node {bad} is not available on this host");
            }
        }
    }
}
