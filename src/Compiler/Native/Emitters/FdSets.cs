using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// Numbers the <c>-add-fd</c> sets of one command line. libvirt allocates them while preparing the
/// domain and the host side, before the command line is built: first disk sources opened from a
/// caller's fd group (qemuProcessPrepareDomainStorage walks the disks from the last to the first, each
/// chain from the top down), then chardev backends
/// (qemuDomainDeviceBackendChardevForeach: serials, parallels, channels, consoles, smartcards,
/// redirdevs, EGD RNG backends; per device the source, then its log file), then vDPA interfaces. Emitters look
/// the set up by device (disks by their position and chain level).
/// </summary>
public sealed class FdSets
{
    // Small lists of reference-type entries, not dictionaries keyed by tuples: ReadyToRun cannot
    // precompile framework collections over value tuples, and this runs in every to-native process.
    private readonly List<DeviceSet> _sets = [];

    private readonly List<DiskLevelSet> _diskSets = [];

    public FdSets(Domain domain)
    {
        var n = 0;
        var disks = domain.DevicesOf<Disk>().ToList();
        for (var d = disks.Count - 1; d >= 0; d--)
        {
            DiskSource[] levels = [disks[d].Source, .. disks[d].BackingStore];
            for (var level = 0; level < levels.Length; level++)
            {
                if (levels[level].FdGroup is not null)
                {
                    _diskSets.Add(new DiskLevelSet(d, level, n++));
                }
            }
        }

        foreach (var (dev, src) in ChardevUsers(domain))
        {
            if (src.Type == "file")
            {
                _sets.Add(new DeviceSet(dev, "source", n++));
            }

            if (src.LogFile is not null)
            {
                _sets.Add(new DeviceSet(dev, "log", n++));
            }
        }

        foreach (var net in domain.DevicesOf<Interface>().Where(i => i.Type == "vdpa"))
        {
            _sets.Add(new DeviceSet(net, "vdpa", n++));
        }
    }

    public static FdSets Of(EmitContext ctx) => ctx.Shared("fdsets", () => new FdSets(ctx.Domain));

    public int? Set(Device device, string role) =>
        _sets.Find(s => ReferenceEquals(s.Device, device) && s.Role == role)?.Number;

    /// <summary>The set of level <paramref name="level"/> (0 = top) of the disk at position <paramref name="disk"/> among the domain's disks.</summary>
    public int? DiskSet(int disk, int level) => _diskSets.Find(s => s.Disk == disk && s.Level == level)?.Number;

    private static IEnumerable<(Device Device, ChardevSource Source)> ChardevUsers(Domain domain)
    {
        foreach (var kind in new[] { "serial", "parallel", "channel", "console" })
        {
            foreach (var c in domain.DevicesOf<CharDevice>().Where(c => c.Kind == kind && !c.IsSerialCompat))
            {
                yield return (c, c.Source);
            }
        }

        foreach (var s in domain.DevicesOf<Smartcard>())
        {
            if (s.Source is { } src)
            {
                yield return (s, src);
            }
        }

        foreach (var r in domain.DevicesOf<Redirdev>())
        {
            yield return (r, r.Source);
        }

        foreach (var rng in domain.DevicesOf<Rng>())
        {
            if (rng.EgdSource is { } src)
            {
                yield return (rng, src);
            }
        }
    }

    /// <summary>A set that belongs to a device (compared by reference: equal records are distinct devices).</summary>
    private sealed record DeviceSet(Device Device, string Role, int Number);

    private sealed record DiskLevelSet(int Disk, int Level, int Number);
}
