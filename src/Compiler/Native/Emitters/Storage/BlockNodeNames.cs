using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Native.Emitters.Storage;

/// <summary>
/// Numbers the storage sources of all disks for <c>-blockdev</c> node names
/// (<c>libvirt-N-storage</c>, <c>libvirt-N-format</c>). libvirt prepares disks from the last to
/// the first and each chain from its top down (qemuProcessPrepareDomainStorage), so the first
/// disk's top gets the highest numbers but the lowest of its own chain. Every level counts, even an
/// empty cdrom; vhost-user disks and SD cards (legacy -drive) have no block nodes.
/// </summary>
public sealed class BlockNodeNames
{
    private readonly Dictionary<(Disk Disk, int Level), int> _index = new(ReferenceTupleComparer.Instance);

    public BlockNodeNames(Domain domain)
    {
        var n = 0;
        foreach (var disk in domain.DevicesOf<Disk>().Reverse())
        {
            if (disk.Source.Type == "vhostuser" || Passes.DiskBus.BusOf(disk) == "sd")
            {
                continue;
            }

            for (var level = 0; level <= disk.BackingStore.Count; level++)
            {
                _index[(disk, level)] = ++n;
            }
        }
    }

    /// <summary>The levels of a disk's chain, top first.</summary>
    public static IReadOnlyList<DiskSource> Levels(Disk disk) => [disk.Source, .. disk.BackingStore];

    public int? Index(Disk disk, int level) => _index.TryGetValue((disk, level), out var v) ? v : null;

    private sealed class ReferenceTupleComparer : IEqualityComparer<(Disk Disk, int Level)>
    {
        public static readonly ReferenceTupleComparer Instance = new();

        public bool Equals((Disk Disk, int Level) x, (Disk Disk, int Level) y) => ReferenceEquals(x.Disk, y.Disk) && x.Level == y.Level;

        public int GetHashCode((Disk Disk, int Level) obj) => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Disk), obj.Level);
    }
}
