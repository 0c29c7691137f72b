namespace Qconv.Compiler.Argv.Lifters.Storage;

/// <summary>
/// Which drive indexes each bus has used so far, so a <c>-drive</c> without index/bus/unit takes the
/// next free one as QEMU's drive_new does (and virtio disks count vda, vdb...).
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
        if (!_used.TryGetValue(bus, out var set))
        {
            set = [];
            _used[bus] = set;
        }

        return set;
    }
}
