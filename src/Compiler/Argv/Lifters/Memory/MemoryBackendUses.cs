using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Memory;

/// <summary>
/// Who uses a memory backend object: the machine RAM (<c>-machine memory-backend=</c>), a guest NUMA
/// cell (<c>-numa node,memdev=</c>) or a memory device (<c>-device pc-dimm,memdev=</c>...).
/// </summary>
public sealed record MemoryBackendUse(Backend Backend, int? CellId = null, MemoryDevice? Device = null, bool DevicePrealloc = false);

/// <summary>
/// Scratch state of the memory family for one command line: the backend uses the option lifters
/// found, read together at the end by <see cref="MemoryBackingFinisher"/> because the XML they map to
/// (&lt;memoryBacking&gt;, &lt;numatune&gt;) is guest-wide.
/// </summary>
public sealed class MemoryBackendUses
{
    public List<MemoryBackendUse> Uses { get; } = [];

    /// <summary><c>-mem-prealloc</c> was given (libvirt's form of &lt;allocation mode='immediate'/&gt; with legacy NUMA cells).</summary>
    public bool MemPrealloc { get; set; }
}
