using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// Turns a network backend (<c>-net TYPE,...</c> or <c>-netdev TYPE,...</c>) and a card's MAC and
/// model into an &lt;interface&gt;: user → type user; tap → ethernet (with its ifname as target and
/// its script); bridge → bridge; socket listen/connect/mcast/udp → server/client/mcast/udp;
/// vhost-user → vhostuser, vhost-vdpa → vdpa (libvirt's qemuBuildHostNetProps in reverse).
/// </summary>
public static class NetBackends
{
    public static GenericDevice? Interface(LiftContext ctx, PropertyBag? backend, string? mac, string? model, SourceSpan span, params GenericNode?[] after)
    {
        var type = backend?.GetString("type") ?? "user";
        GenericNode? source = null, script = null, target = null, passt = null;
        string xmlType;
        switch (type)
        {
            case "user":
                xmlType = "user";
                break;
            case "tap":
                xmlType = "ethernet";
                var scriptPath = backend?.GetString("script");
                script = scriptPath is { Length: > 0 } and not "no" ? NodeBuilder.Element("script", ("path", scriptPath)) : null;
                target = backend?.GetString("ifname") is { } ifname ? NodeBuilder.Element("target", ("dev", ifname)) : null;
                break;
            case "bridge":
                xmlType = "bridge";
                source = NodeBuilder.Element("source", ("bridge", backend?.GetString("br") ?? "br0"));
                break;
            case "socket" or "udp":
                (xmlType, source) = Socket(backend!);
                break;
            // libvirt connects a user interface with <backend type='passt'/> to the passt process it started,
            // through a socket in its passt state directory (qemuPasstGetSocketName); passt's own settings
            // (port forwards, addresses) are on passt's command line, not QEMU's.
            case "stream" when backend?.GetObject("addr")?.GetString("path") is { } sock && sock.Contains("/passt/", StringComparison.Ordinal):
                xmlType = "user";
                passt = NodeBuilder.Element("backend", ("type", "passt"));
                ctx.Warning(LiftCodes.IgnoredProperty, backend.Span, "a passt backend: its port forwards and addresses are not on the QEMU command line");
                break;
            case "vhost-user":
                xmlType = "vhostuser";
                var chardev = backend?.GetString("chardev") is { } id ? ctx.Resolve("chardev", id, backend.Get("chardev")!.Span) : null;
                var path = chardev?.Properties.GetString("path");
                source = NodeBuilder.Element("source", ("type", "unix"), ("path", path), ("mode", chardev?.Properties.GetBool("server") == true ? "server" : "client"));
                break;
            case "vhost-vdpa":
                xmlType = "vdpa";
                source = VdpaBackend.Source(backend!, ctx);
                break;
            default:
                ctx.Warning(LiftCodes.KeptAsPassthrough, backend?.Span ?? span, $"network backend '{type}' has no domain XML form; the card is lifted with a user backend");
                xmlType = "user";
                break;
        }

        var node = NodeBuilder.Element(
            "interface",
            [("type", xmlType)],
            [
                mac is null ? null : NodeBuilder.Element("mac", ("address", mac)),
                source,
                passt,
                script,
                target,
                model is null ? null : NodeBuilder.Element("model", ("type", model)),
                .. after,
            ]);
        return new GenericDevice(node) { Info = new DeviceInfo { Span = span } };
    }

    private static (string Type, GenericNode Source) Socket(PropertyBag p)
    {
        var (kind, value) = p.GetString("listen") is { } l ? ("server", l)
            : p.GetString("connect") is { } c ? ("client", c)
            : p.GetString("mcast") is { } m ? ("mcast", m)
            : ("udp", p.GetString("udp") ?? string.Empty);
        var colon = value.LastIndexOf(':');
        var address = colon > 0 ? value[..colon] : null;
        var port = colon >= 0 ? value[(colon + 1)..] : value;
        return (kind, NodeBuilder.Element("source", ("address", address), ("port", port)));
    }
}
