using System.Globalization;

namespace Qconv.Compiler.Argv.Lifters.Storage;

/// <summary>
/// Which drive indexes each bus has used so far, so a <c>-drive</c> without index/bus/unit takes the
/// next free one as QEMU's drive_new does (and virtio disks count vda, vdb...). Buses whose targets
/// share a name prefix (SCSI, SATA and USB disks are all sdX) share one numbering, so names stay unique.
/// </summary>
public sealed class DriveIndexes
{
    private readonly Dictionary<string, HashSet<int>> _used = [];

    public bool TryTake(string bus, int index) => Used(bus).Add(index);

    /// <summary><paramref name="wanted"/> when it is still free on the bus, else the next free index.</summary>
    public int TakeOrNext(string bus, int wanted) => TryTake(bus, wanted) ? wanted : NextFree(bus);

    /// <summary>
    /// The index of a virtio disk: libvirt's alias <c>virtio-diskN</c> names target vd(N), kept when
    /// it is free; any other id takes the next free index.
    /// </summary>
    public int Virtio(string? id) =>
        id is not null && id.StartsWith("virtio-disk", StringComparison.Ordinal)
            && int.TryParse(id.AsSpan(11), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? TakeOrNext("virtio", n)
            : NextFree("virtio");

    public int NextFree(string bus)
    {
        var used = Used(bus);
        var i = 0;
        while (used.Contains(i))
        {
            i++;
        }

        used.Add(i);
        return i;
    }

    private HashSet<int> Used(string bus)
    {
        var key = DiskTargets.Prefix(bus);
        if (!_used.TryGetValue(key, out var set))
        {
            set = [];
            _used[key] = set;
        }

        return set;
    }
}
