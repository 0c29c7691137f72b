using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Memory;

/// <summary>
/// &lt;numatune&gt; from the host-nodes/policy of the guest RAM backends (virDomainNumatuneMaybeGetNodeset
/// in reverse): the machine RAM's binding is &lt;memory&gt;; for NUMA cells the binding most cells share
/// becomes &lt;memory&gt; when every cell is bound (on a tie the strict one, libvirt's default mode), and each other bound cell gets a &lt;memnode&gt;.
/// </summary>
public static class NumaTunePlan
{
    public static NumaTune? Build(List<(MemoryBackendUse Use, MemoryBackendReading Reading)> guest)
    {
        var bound = guest.Where(u => u.Reading.NodeSetText is not null).ToList();
        if (bound.Count == 0)
        {
            return null;
        }

        if (bound.FirstOrDefault(u => u.Use.CellId is null).Reading is { } system)
        {
            return new NumaTune(system.NumaTuneMode, system.NodeSetText, null, EquatableArray<NumaMemNode>.Empty);
        }

        (string? Mode, string? NodeSet) global = (null, null);
        if (bound.Count == guest.Count)
        {
            global = bound.GroupBy(u => (u.Reading.NumaTuneMode, u.Reading.NodeSetText))
                .OrderByDescending(g => g.Count())
                .ThenByDescending(g => g.Key.NumaTuneMode == "strict")
                .Select(g => g.Key)
                .First();
        }

        var memnodes = bound
            .Where(u => (u.Reading.NumaTuneMode, u.Reading.NodeSetText) != global)
            .Select(u => new NumaMemNode(u.Use.CellId!.Value, u.Reading.NumaTuneMode!, u.Reading.NodeSetText!))
            .OrderBy(m => m.CellId)
            .ToEquatableArray();
        return new NumaTune(global.Mode, global.NodeSet, null, memnodes);
    }

    /// <summary>The binding a memory device gets without its own &lt;nodemask&gt; (MemoryBackendProps.HostNodes).</summary>
    public static (string? Mode, string? NodeSet) Inherited(NumaTune? tune, int? node)
    {
        if (tune?.MemNodes.FirstOrDefault(m => m.CellId == node) is { } memnode)
        {
            return (memnode.Mode, memnode.NodeSet);
        }

        return tune?.NodeSet is { } ns && tune.Placement != "auto" ? (tune.Mode ?? "strict", ns) : (null, null);
    }
}
