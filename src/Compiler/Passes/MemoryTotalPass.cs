using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// The post-parse memory sizes (virDomainDefPostParseMemory) without the start-time rounding of
/// <see cref="MemoryAlignPass"/>: a guest that gives only NUMA cells gets their sum as its size, and
/// currentMemory is at most the total (missing means the total).
/// </summary>
public sealed class MemoryTotalPass : IDomainPass
{
    public string Name => "memory-total";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var m = domain.Memory;
        var cellsTotal = NumaMemory.TotalKiB(domain.Cpu?.NumaCells ?? EquatableArray<NumaCell>.Empty);
        var total = m.TotalKiB == 0 ? cellsTotal : m.TotalKiB;
        var current = m.CurrentKiB is { } c0 and > 0 ? Math.Min(c0, total) : total;
        return domain with { Memory = m with { TotalKiB = total, CurrentKiB = current } };
    }
}
