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
    // Per disk position, the index of each chain level (null: the disk has no block nodes). Arrays
    // rather than a dictionary keyed by (disk, level): ReadyToRun cannot precompile framework
    // collections over value tuples, and this runs in every to-native process.
    private readonly int[]?[] _index;

    public BlockNodeNames(Domain domain)
    {
        var disks = domain.DevicesOf<Disk>().ToList();
        _index = new int[disks.Count][];
        for (var i = disks.Count - 1; i >= 0; i--)
        {
            var disk = disks[i];
            if (disk.Source.Type == "vhostuser" || Passes.DiskBus.BusOf(disk) == "sd")
            {
                continue;
            }

            var levels = _index[i] = new int[disk.BackingStore.Count + 1];
            for (var level = 0; level < levels.Length; level++)
            {
                levels[level] = ++Count;
            }
        }
    }

    /// <summary>How many indexes the disks used; other block users (SCSI hostdevs) continue from here.</summary>
    public int Count { get; }

    /// <summary>The levels of a disk's chain, top first.</summary>
    public static IReadOnlyList<DiskSource> Levels(Disk disk) => [disk.Source, .. disk.BackingStore];

    /// <param name="disk">The disk's position among the domain's disks.</param>
    public int? Index(int disk, int level) =>
        disk >= 0 && disk < _index.Length && _index[disk] is { } levels && level >= 0 && level < levels.Length ? levels[level] : null;
}
