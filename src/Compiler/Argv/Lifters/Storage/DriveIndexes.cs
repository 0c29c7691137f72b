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
