using System.Globalization;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Storage;

/// <summary>
/// An <c>iscsi</c> storage node (QEMU's BlockdevOptionsIscsi) as &lt;source protocol='iscsi'
/// name='TARGET/LUN'&gt;&lt;host name= port=/&gt;, the mirror of to-native's NetworkStorageProps: the portal
/// is HOST:PORT (an IPv6 host in brackets), LUN 0 is left implicit (libvirt reads a name without
/// /LUN as LUN 0), initiator-name is the &lt;initiator&gt;&lt;iqn&gt;. user= with password-secret= is CHAP
/// &lt;auth&gt; (see <see cref="StorageAuth"/> for its secret).
/// </summary>
public static class IscsiStorage
{
    public static DiskSource Read(PropertyBag p)
    {
        var target = p.GetString("target") ?? string.Empty;
        var lun = p.GetInt64("lun") ?? 0;
        var name = lun == 0 ? target : target + "/" + lun.ToString(CultureInfo.InvariantCulture);
        var auth = p.GetString("user") is { } user
            ? new DiskAuth(user, "iscsi", null, p.GetString("password-secret") is { } secret ? StorageAuth.PlaceholderUuid(secret) : null)
            : null;
        return new DiskSource
        {
            Type = "network",
            Protocol = "iscsi",
            Path = name,
            Hosts = Portal(p.GetString("portal")) is { } host ? EquatableArray.Create(host) : EquatableArray<NetworkHost>.Empty,
            Auth = auth,
            Network = new NetworkSourceOptions { InitiatorIqn = p.GetString("initiator-name") },
        };
    }

    // HOST:PORT or [V6HOST]:PORT.
    private static NetworkHost? Portal(string? portal)
    {
        if (portal is null)
        {
            return null;
        }

        var colon = portal.LastIndexOf(':');
        var (host, port) = colon > 0 && portal[..colon] is var h && (!h.Contains(':', StringComparison.Ordinal) || h.EndsWith(']'))
            ? (h, portal[(colon + 1)..])
            : (portal, null);
        return new NetworkHost(host.Trim('[', ']'), port, null, null);
    }
}
