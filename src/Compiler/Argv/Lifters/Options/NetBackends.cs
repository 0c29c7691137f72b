using System.Collections.Frozen;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// Turns a network backend (<c>-net TYPE,...</c> or <c>-netdev TYPE,...</c>) and a card's MAC and
/// model into an &lt;interface&gt;: user → type user (its network as &lt;ip&gt;, see <see cref="UserNetAddresses"/>);
/// tap → ethernet (with its ifname as target and its script); bridge → bridge; socket
/// listen/connect/mcast/udp → server/client/mcast/udp; vhost-user → vhostuser (with its socket's
/// reconnect), vhost-vdpa → vdpa (libvirt's qemuBuildHostNetProps in reverse).
/// </summary>
public static class NetBackends
{
    // Declared before the table below: static fields initialize in textual order.
    private static readonly string[] CommonKeys = ["type", "id", "vlan", "name"];

    /// <summary>
    /// The backend keys each type's lifting reads, plus the descriptors and switches through which
    /// libvirt hands QEMU host resources it opened itself (fd=, vhostfd=, vhost=: qemuBuildHostNetProps),
    /// which say nothing about the guest. Any other key gets a warning: nothing is dropped silently.
    /// </summary>
    private static readonly FrozenDictionary<string, FrozenSet<string>> UnderstoodByType = new Dictionary<string, FrozenSet<string>>
    {
        ["user"] = Keys(UserNetAddresses.Keys),
        ["tap"] = Keys("ifname", "script", "downscript", "fd", "fds", "vhost", "vhostfd", "vhostfds", "queues", "sndbuf"),
        ["bridge"] = Keys("br", "helper"),
        ["socket"] = Keys("listen", "connect", "mcast", "udp", "localaddr", "fd"),
        ["udp"] = Keys("udp", "localaddr"),
        ["stream"] = Keys("addr", "server", "reconnect"),
        ["vhost-user"] = Keys("chardev", "queues", "vhostforce"),
        ["vhost-vdpa"] = Keys("vhostdev", "queues"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <param name="backendOption">The option that defined <paramref name="backend"/> (for warnings about its keys).</param>
    public static Interface Interface(LiftContext ctx, ArgvOption? backendOption, PropertyBag? backend, string? mac, string? model, SourceSpan span)
    {
        var type = backend?.GetString("type") ?? "user";
        if (backendOption is not null && backend is not null && UnderstoodByType.TryGetValue(type, out var understood))
        {
            ctx.IgnoreProperties(backendOption, backend, understood);
        }

        var iface = new Interface { Type = "user", Mac = mac, Model = model, Info = new DeviceInfo { Span = span } };
        switch (type)
        {
            case "user":
                return backend is null ? iface : iface with { Extra = UserNetAddresses.Read(backend, ctx) };
            case "tap":
                var scriptPath = backend?.GetString("script");
                return iface with
                {
                    Type = "ethernet",
                    Script = scriptPath is { Length: > 0 } and not "no" ? scriptPath : null,
                    TargetDev = backend?.GetString("ifname"),
                };
            case "bridge":
                return iface with { Type = "bridge", Source = new InterfaceSource { Bridge = backend?.GetString("br") ?? "br0" } };
            case "socket" or "udp":
                var (kind, source) = Socket(backend!);
                return iface with { Type = kind, Source = source };

            // libvirt connects a user interface with <backend type='passt'/> to the passt process it started,
            // through a socket in its passt state directory (qemuPasstGetSocketName); passt's own settings
            // (port forwards, addresses) are on passt's command line, not QEMU's.
            case "stream" when backend?.GetObject("addr")?.GetString("path") is { } sock && sock.Contains("/passt/", StringComparison.Ordinal):
                ctx.Warning(LiftCodes.IgnoredProperty, backend.Span, "a passt backend: its port forwards and addresses are not on the QEMU command line");
                return iface with { Backend = new InterfaceBackend { Type = "passt" } };
            case "vhost-user":
                var chardev = backend?.GetString("chardev") is { } id ? ctx.Resolve("chardev", id, backend.Get("chardev")!.Span) : null;
                var path = chardev?.Properties.GetString("path");
                var server = chardev?.Properties.GetBool("server") == true;

                // <source><reconnect enabled= timeout=> is the socket chardev's reconnect= (0 = enabled='no').
                var socket = chardev?.Payload as ChardevSource;
                return iface with
                {
                    Type = "vhostuser",
                    Source = new InterfaceSource { Type = "unix", Path = path, Mode = server ? "server" : "client" },
                    Chardev = new ChardevSource { Type = "unix", Path = path, Listen = server, ReconnectEnabled = socket?.ReconnectEnabled, ReconnectTimeout = socket?.ReconnectTimeout },
                };
            case "vhost-vdpa":
                return iface with { Type = "vdpa", Source = new InterfaceSource { Dev = VdpaBackend.Device(backend!, ctx) } };
            default:
                ctx.Warning(LiftCodes.KeptAsPassthrough, backend?.Span ?? span, $"network backend '{type}' has no domain XML form; the card is lifted with a user backend");
                return iface;
        }
    }

    private static FrozenSet<string> Keys(params string[] keys) => CommonKeys.Concat(keys).ToFrozenSet(StringComparer.Ordinal);

    private static (string Type, InterfaceSource Source) Socket(PropertyBag p)
    {
        var (kind, value) = p.GetString("listen") is { } l ? ("server", l)
            : p.GetString("connect") is { } c ? ("client", c)
            : p.GetString("mcast") is { } m ? ("mcast", m)
            : ("udp", p.GetString("udp") ?? string.Empty);
        var colon = value.LastIndexOf(':');
        var address = colon > 0 ? value[..colon] : null;
        var port = colon >= 0 ? value[(colon + 1)..] : value;
        return (kind, new InterfaceSource { Address = address, Port = port });
    }
}
