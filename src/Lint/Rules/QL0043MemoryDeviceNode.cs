using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>Memory devices (DIMMs, NVDIMMs, virtio-mem) placed on a guest NUMA node that does not exist.</summary>
public sealed class QL0043MemoryDeviceNode : IRule
{
    public string Id => "QL0043";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Memory device targets a guest NUMA node that does not exist";

    public string Description => "<memory model=...><target><node>N</node> plugs the module into guest NUMA node N, which must be one "
        + "of the <cpu><numa> cells.";

    public string Fix => "Use a node number below the number of NUMA cells, or add the cell.";

    public void Check(LintContext context)
    {
        var cells = NumaCells.Count(context);
        foreach (var mem in context.DevicesNamed("memory"))
        {
            if (mem.Child("target")?.Child("node") is { } node && XmlFacts.Number(node.Value) is { } n && n >= Math.Max(cells, 1))
            {
                context.Report(node, $"memory device targets NUMA node {n}, but the guest has {cells} NUMA cells");
            }
        }
    }
}
