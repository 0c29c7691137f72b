using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// Numbers the <c>-add-fd</c> sets of one command line. libvirt allocates them while preparing the
/// host side, before the command line is built: chardev backends first
/// (qemuDomainDeviceBackendChardevForeach: serials, parallels, channels, consoles, smartcards,
/// redirdevs; per device the source, then its log file), then vDPA interfaces. Emitters look
/// the set up by device.
/// </summary>
public sealed class FdSets
{
    private readonly Dictionary<(Device Device, string Role), int> _sets = new(new KeyComparer());

    public FdSets(Domain domain)
    {
        var n = 0;
        foreach (var (dev, src) in ChardevUsers(domain))
        {
            if (src.Type == "file")
            {
                _sets[(dev, "source")] = n++;
            }

            if (src.LogFile is not null)
            {
                _sets[(dev, "log")] = n++;
            }
        }

        foreach (var net in domain.DevicesOf<Interface>().Where(i => i.Type == "vdpa"))
        {
            _sets[(net, "vdpa")] = n++;
        }
    }

    public static FdSets Of(EmitContext ctx) => ctx.Shared("fdsets", () => new FdSets(ctx.Domain));

    public int? Set(Device device, string role) => _sets.TryGetValue((device, role), out var v) ? v : null;

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
    }

    private sealed class KeyComparer : IEqualityComparer<(Device Device, string Role)>
    {
        public bool Equals((Device Device, string Role) x, (Device Device, string Role) y) => ReferenceEquals(x.Device, y.Device) && x.Role == y.Role;

        public int GetHashCode((Device Device, string Role) obj) => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Device), obj.Role);
    }
}
