using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>vCPU counts that contradict each other or the NUMA cells (libvirt's vcpu and NUMA parsing).</summary>
public sealed class QL0009VcpuCounts : IRule
{
    public string Id => "QL0009";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "vCPU counts or NUMA cell CPUs are inconsistent";

    public string Description => "<vcpu current='N'> cannot exceed the maximum <vcpu> count. Guest NUMA <cell> ids must be 0, 1, 2, ... "
        + "each once, without gaps, and their cpus= sets must name existing vCPUs. On pSeries the vCPU count must be a multiple of the threads "
        + "per core, because QEMU hot-plugs whole cores there.";

    public string Fix => "Make current <= vcpu count, number NUMA cells from 0, and keep every cell's cpus below the vcpu count.";

    public void Check(LintContext context)
    {
        var vcpu = context.Root.Child("vcpu");
        var count = XmlFacts.Number(vcpu?.Value) ?? 1;
        if (vcpu?.Number("current") is { } current)
        {
            if (current > count)
            {
                context.Report(vcpu.Attribute("current")!, $"current vCPUs ({current}) exceed the maximum ({count})");
            }

            var threads = context.Root.Child("cpu")?.Child("topology")?.Number("threads") ?? 1;
            if (context.IsPseries && threads > 1 && current % threads != 0)
            {
                context.Report(vcpu.Attribute("current")!, $"on pSeries the vCPU count ({current}) must be a multiple of threads per core ({threads})");
            }
        }

        var cells = NumaCells.Of(context);
        var ids = new HashSet<long>();
        foreach (var cell in cells)
        {
            if (cell.Number("id") is { } id && (id >= cells.Count || !ids.Add(id)))
            {
                context.Report(cell.Attribute("id")!, $"NUMA cell id {id} is invalid: the ids of {cells.Count} cells must be 0 to {cells.Count - 1}, each once");
            }

            if (XmlFacts.NodeSet(cell.Attr("cpus")) is { Count: > 0 } cpus && cpus.Max >= count)
            {
                context.Report(cell, $"NUMA cell names vCPU {cpus.Max}, but the guest has only {count} vCPUs");
            }
        }
    }
}
