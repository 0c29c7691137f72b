using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Numerics;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// The guest-side network of a user (slirp) backend: <c>net=ADDR[/MASK]</c> and
/// <c>ipv6-prefix=ADDR,ipv6-prefixlen=N</c> are the &lt;ip address= family= prefix=&gt; children of
/// &lt;interface type='user'&gt; (https://libvirt.org/formatdomain.html#userspace-slirp-or-passt-connection;
/// qemuBuildHostNetProps writes them so, the mirror of to-native's NetBackendProps). QEMU also takes a
/// dotted netmask after the slash (net/slirp.c); a contiguous one is written as its prefix length.
/// </summary>
public static class UserNetAddresses
{
    public static readonly string[] Keys = ["net", "ipv6-prefix", "ipv6-prefixlen"];

    public static EquatableArray<GenericNode> Read(PropertyBag backend, LiftContext ctx)
    {
        var ips = new List<GenericNode>();
        if (backend.GetString("net") is { } net && Ipv4(net, backend, ctx) is { } v4)
        {
            ips.Add(v4);
        }

        if (backend.GetString("ipv6-prefix") is { } prefix)
        {
            var len = backend.GetInt64("ipv6-prefixlen");
            ips.Add(Ip(prefix, "ipv6", len is > 0 ? len.Value.ToString(CultureInfo.InvariantCulture) : null));
        }
        else if (backend.GetEntry("ipv6-prefixlen") is { } orphan)
        {
            // libvirt writes the length only with a prefix; alone it is QEMU's default network with another length.
            ctx.Warning(LiftCodes.IgnoredProperty, orphan.KeySpan, "-netdev user: ipv6-prefixlen without ipv6-prefix has no domain XML form");
        }

        return ips.ToEquatableArray();
    }

    private static GenericNode? Ipv4(string net, PropertyBag backend, LiftContext ctx)
    {
        var slash = net.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return Ip(net, "ipv4", null);
        }

        var mask = net[(slash + 1)..];
        if (int.TryParse(mask, NumberStyles.None, CultureInfo.InvariantCulture, out var bits) && bits <= 32)
        {
            return Ip(net[..slash], "ipv4", mask);
        }

        if (!IPAddress.TryParse(mask, out var dotted) || dotted.AddressFamily != AddressFamily.InterNetwork || mask.Count(c => c == '.') != 3)
        {
            ctx.Malformed(backend.Get("net")!, $"-netdev user: net '{net}' is not ADDR[/PREFIX] or ADDR/NETMASK");
            return null;
        }

        if (PrefixLength(dotted) is { } len)
        {
            return Ip(net[..slash], "ipv4", len.ToString(CultureInfo.InvariantCulture));
        }

        ctx.Warning(LiftCodes.IgnoredProperty, backend.GetEntry("net")!.KeySpan, $"-netdev user: netmask {mask} is not contiguous; <ip prefix> is a length, the network is not carried into domain XML");
        return null;
    }

    // 255.255.255.0 → 24; null when the ones of the mask are not contiguous.
    private static int? PrefixLength(IPAddress mask)
    {
        var bytes = mask.GetAddressBytes();
        var value = ((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3];
        var ones = BitOperations.PopCount(value);
        return BitOperations.LeadingZeroCount(~value) == ones ? ones : null;
    }

    private static GenericNode Ip(string address, string family, string? prefix) =>
        NodeBuilder.Element("ip", ("address", address), ("family", family), ("prefix", prefix));
}
