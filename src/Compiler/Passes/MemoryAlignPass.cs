using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Rounds guest memory like qemuDomainAlignMemorySizes: x86 guests get whole MiB (QEMU's -m
/// takes MiB); currentMemory never exceeds the total.
/// </summary>
public sealed class MemoryAlignPass : IDomainPass
{
    private const ulong MiB = 1024;

    public string Name => "memory-align";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var m = domain.Memory;
        var cellsTotal = domain.Cpu?.NumaCells.Aggregate(0UL, (s, c) => s + c.MemoryKiB) ?? 0;
        var total = cellsTotal > 0 ? cellsTotal : m.TotalKiB;
        var aligned = AlignUp(total, MiB);
        var current = m.CurrentKiB is { } c0 ? Math.Min(c0, aligned) : aligned;
        return domain with { Memory = m with { TotalKiB = aligned, CurrentKiB = current, MaxKiB = m.MaxKiB is { } mx ? AlignUp(mx, MiB) : null } };
    }

    public static ulong AlignUp(ulong value, ulong alignment) => (value + alignment - 1) / alignment * alignment;
}
