using System.Globalization;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Storage;

/// <summary>
/// An <c>iscsi</c> protocol node (QEMU's BlockdevOptionsIscsi) as a network &lt;source protocol='iscsi'&gt;:
/// <c>portal</c> HOST:PORT (an IPv6 host in brackets) is the &lt;host&gt;, <c>target</c> and <c>lun</c> the
/// name TARGET/LUN (libvirt reads a name without /LUN as LUN 0, so LUN 0 is left out), <c>initiator-name</c>
/// the &lt;initiator&gt;. The login is lifted with the other storage secrets (<see cref="StorageSecrets"/>).
/// </summary>
public static class IscsiStorage
{
    public static DiskSource Read(PropertyBag p)
    {
        var lun = p.GetInt64("lun") ?? 0;
        var target = p.GetString("target") ?? string.Empty;
        return new DiskSource
        {
            Type = "network",
            Protocol = "iscsi",
            Path = lun == 0 ? target : target + "/" + lun.ToString(CultureInfo.InvariantCulture),
            Hosts = Portal(p.GetString("portal")) is { } host ? EquatableArray.Create(host) : EquatableArray<NetworkHost>.Empty,
            Network = new NetworkSourceOptions { InitiatorIqn = p.GetString("initiator-name") },
        };
    }

    // HOST:PORT or [V6HOST]:PORT; a bare host (an unbracketed IPv6 address too) has no port.
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
