using System.Globalization;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>The <c>-netdev</c> object of an interface (qemuBuildHostNetProps); its id is <c>host</c> + the NIC alias.</summary>
public static class NetBackendProps
{
    public static JsonProps? Build(EmitContext ctx, Interface net, string alias, int? vdpaSet)
    {
        var props = new JsonProps();
        switch (net.Type)
        {
            case "bridge" or "network" or "direct" or "ethernet":
                Tap(ctx, net, props);
                break;
            case "client" or "server" or "mcast":
                props.Add("type", "socket").Add(net.Type switch { "client" => "connect", "server" => "listen", _ => "mcast" }, SocketAddr(net.Source));
                break;
            case "udp":
                props.Add("type", "socket").Add("udp", SocketAddr(net.Source)).Add("localaddr", $"{net.Source?.Local?.Address}:{net.Source?.Local?.Port ?? "0"}");
                break;
            case "user" when net.Backend?.Type == "passt":
                var socket = $"{ctx.Host.PasstStateDir}/{ctx.Host.DomainId}-{ctx.Domain.Name}-{alias}.socket";
                props.Add("type", "stream").Add("addr", new JsonProps().Add("type", "unix").Add("path", socket)).Add("server", false);
                break;
            case "user" or "internal":
                props.Add("type", "user");
                AddUserIps(props, net);
                break;
            case "vhostuser":
                props.Add("type", "vhost-user").Add("chardev", "char" + alias);
                AddQueues(props, net);
                break;
            case "vdpa":
                props.Add("type", "vhost-vdpa").Add("vhostdev", ChardevBackend.FdSetPath(vdpaSet ?? 0));
                AddQueues(props, net);
                break;
            default:
                ctx.Error("QC0413", net.Info, $"network device type '{net.Type}' is not supported by this hypervisor");
                return null;
        }

        return props.Add("id", "host" + alias);
    }

    /// <summary>
    /// Tap-like backends get pre-opened fds: one tap fd per queue, and for virtio NICs (unless
    /// driver name='qemu') one vhost-net fd per queue; several fds are joined with ':'.
    /// </summary>
    private static void Tap(EmitContext ctx, Interface net, JsonProps props)
    {
        var queues = NetEmitter.Queues(net);
        var taps = string.Join(':', ctx.Host.OpenTap(net.TargetDev, queues).Fds.Select(fd => fd.ToString(CultureInfo.InvariantCulture)));
        props.Add("type", "tap").Add(queues > 1 ? "fds" : "fd", taps);
        if (NetDefaultsPass.IsVirtio(net) && net.Driver?.Name != "qemu" && net.Backend?.Vhost is null)
        {
            var vhost = string.Join(':', ctx.Host.OpenVhostNet(net.Info.Alias ?? "net", queues).Select(fd => fd.ToString(CultureInfo.InvariantCulture)));
            props.Add("vhost", true).Add(queues > 1 ? "vhostfds" : "vhostfd", vhost);
        }
    }

    private static void AddQueues(JsonProps props, Interface net)
    {
        var q = NetEmitter.Queues(net);
        if (q > 1)
        {
            props.Add("queues", q);
        }
    }

    private static string SocketAddr(InterfaceSource? source) => $"{source?.Address}:{source?.Port}";

    /// <summary>Guest-side &lt;ip&gt; of a user interface: the IPv4 network and the IPv6 prefix of the slirp network.</summary>
    private static void AddUserIps(JsonProps props, Interface net)
    {
        foreach (var ip in net.Extra.Where(x => x.Name == "ip"))
        {
            var addr = ip.Attr("address");
            var prefix = ip.Attr("prefix");
            if (addr is null)
            {
                continue;
            }

            if ((ip.Attr("family") ?? (addr.Contains(':', StringComparison.Ordinal) ? "ipv6" : "ipv4")) == "ipv4")
            {
                props.Add("net", prefix is null ? addr : $"{addr}/{prefix}");
            }
            else
            {
                props.Add("ipv6-prefix", addr);
                if (int.TryParse(prefix, NumberStyles.None, CultureInfo.InvariantCulture, out var len) && len > 0)
                {
                    props.Add("ipv6-prefixlen", len);
                }
            }
        }
    }
}
