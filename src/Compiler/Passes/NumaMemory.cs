using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>Memory of the guest NUMA cells, which libvirt uses as the total when there are cells (virDomainDefGetMemoryInitial).</summary>
internal static class NumaMemory
{
    /// <summary>The cells' memory in KiB (0 without cells). A loop, not Aggregate: LINQ over ulong is JIT-compiled at start.</summary>
    public static ulong TotalKiB(EquatableArray<NumaCell> cells)
    {
        ulong total = 0;
        foreach (var c in cells)
        {
            total += c.MemoryKiB;
        }

        return total;
    }
}
