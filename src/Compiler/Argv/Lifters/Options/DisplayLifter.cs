using System.Globalization;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// Graphics: <c>-vnc [host]:display[,websocket=P][,share=...]</c> or <c>-vnc unix:PATH</c>,
/// <c>-sdl</c> (with DISPLAY/XAUTHORITY from the environment and <c>-full-screen</c>),
/// <c>-display sdl|gtk|egl-headless|dbus|none|vnc=...</c>, <c>-spice port=,tls-port=,addr=...</c>
/// and <c>-nographic</c> (no graphics at all). VNC display N listens on TCP port 5900+N.
/// </summary>
public sealed class DisplayLifter() : OptionLifter(LiftPhase.Settings, "vnc", "sdl", "display", "spice", "nographic", "full-screen")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        var p = option.Properties;
        switch (option.Name)
        {
            case "nographic":
                ctx.State<DisplayState>().NoGraphic = true;
                return;
            case "full-screen":
                ctx.State<DisplayState>().FullScreen = true;
                return;
            case "sdl":
                AddGraphics(ctx, option, Sdl(ctx));
                return;
            case "vnc" when p is not null:
                if (Vnc(ctx, option, p) is { } vnc)
                {
                    AddGraphics(ctx, option, vnc);
                }

                return;
            case "spice" when p is not null:
                AddGraphics(ctx, option, Spice(ctx, option, p));
                return;
            case "display" when p is not null:
                Display(ctx, option, p);
                return;
        }
    }

    private static void Display(LiftContext ctx, ArgvOption option, PropertyBag p)
    {
        switch (p.GetString("type"))
        {
            case "none":
                ctx.State<DisplayState>().NoGraphic = true;
                return;
            case "sdl" or "gtk":
                AddGraphics(ctx, option, Sdl(ctx));
                return;
            case "egl-headless" or "dbus":
                AddGraphics(ctx, option, NodeBuilder.Element("graphics", ("type", p.GetString("type"))));
                return;
            default:
                ctx.KeepAsPassthrough(option, $"display '{p.GetString("type")}' has no domain XML form");
                return;
        }
    }

    private static GenericNode Sdl(LiftContext ctx) =>
        NodeBuilder.Element(
            "graphics",
            ("type", "sdl"),
            ("display", ctx.Env("DISPLAY")),
            ("xauth", ctx.Env("XAUTHORITY")),
            ("fullscreen", ctx.State<DisplayState>().FullScreen || ctx.CommandLine.OptionsNamed("full-screen").Any() ? "yes" : null));

    private static GenericNode? Vnc(LiftContext ctx, ArgvOption option, PropertyBag p)
    {
        var address = p.GetString("vnc") ?? string.Empty;
        ctx.IgnoreProperties(option, p, "vnc", "websocket", "share", "to", "password", "lossy", "sasl", "tls", "x509", "x509verify", "tls-creds", "power-control", "audiodev");
        if (p.GetString("tls-creds") is { } tls && p.GetEntry("tls-creds") is { } tlsEntry)
        {
            // The credentials object is qemu.conf's vnc_tls; its private key secret belongs to it.
            if (ctx.Resolve("object", tls, tlsEntry.Value.Span)?.Properties.GetString("passwordid") is { } secret)
            {
                ctx.Resolve("object", secret, tlsEntry.Value.Span);
            }
        }

        GenericNode[] common = [.. Audio(p)];
        var power = p.GetBool("power-control") is { } pc ? (pc ? "yes" : "no") : null;
        if (address.StartsWith("unix:", StringComparison.Ordinal))
        {
            var socket = address["unix:".Length..];
            if (IsLibvirtSocket(ctx, socket, "vnc"))
            {
                return NodeBuilder.Element("graphics", [("type", "vnc"), ("powerControl", power)], [NodeBuilder.Element("listen", ("type", "socket")), .. common]);
            }

            return NodeBuilder.Element("graphics", [("type", "vnc"), ("socket", socket), ("powerControl", power)], [NodeBuilder.Element("listen", ("type", "socket"), ("socket", socket)), .. common]);
        }

        if (address == "none")
        {
            return NodeBuilder.Element("graphics", [("type", "vnc"), ("powerControl", power)], [NodeBuilder.Element("listen", ("type", "none")), .. common]);
        }

        var colon = address.LastIndexOf(':');
        if (colon < 0 || !int.TryParse(address.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var display))
        {
            ctx.Malformed(p.Get("vnc")!, $"-vnc: '{address}' is not [host]:display or unix:path");
            return null;
        }

        var host = address[..colon].Trim('[', ']');
        var port = (5900 + display).ToString(CultureInfo.InvariantCulture);
        return NodeBuilder.Element(
            "graphics",
            [("type", "vnc"), ("port", port), ("autoport", "no"), ("websocket", p.GetString("websocket")), ("listen", host.Length == 0 ? null : host), ("sharePolicy", p.GetString("share")), ("powerControl", power)],
            [host.Length == 0 ? null : NodeBuilder.Element("listen", ("type", "address"), ("address", host)), .. common]);
    }

    /// <summary>
    /// A socket libvirt made itself in the guest's private directory (qemuDomainGetPrivatePath:
    /// <c>.../domain-ID-NAME/vnc.sock</c> for &lt;listen type='socket'/&gt; without a path): left for
    /// libvirt to choose again, as its path depends on the domain id of the run.
    /// </summary>
    private static bool IsLibvirtSocket(LiftContext ctx, string socket, string kind) =>
        ctx.Domain.Name is { } name && socket.EndsWith($"-{name}/{kind}.sock", StringComparison.Ordinal) && socket.Contains("/domain-", StringComparison.Ordinal);

    /// <summary>audiodev=audioN: the &lt;audio id=N&gt; the display streams sound to.</summary>
    private static IEnumerable<GenericNode> Audio(PropertyBag p)
    {
        if (p.GetString("audiodev") is { } a && a.StartsWith("audio", StringComparison.Ordinal) && int.TryParse(a.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            yield return NodeBuilder.Element("audio", ("id", a[5..]));
        }
    }

    /// <summary>
    /// -spice, the mirror of to-native's SpiceArgs: a unix socket or ports and address (port=0 alone is
    /// "no listen"), per-channel TLS (tls-channel/plaintext-channel; "default" is defaultMode),
    /// compression, mouse mode, clipboard, file transfer and GL. SASL, ticketing, the TLS directory and
    /// seamless migration come from qemu.conf and libvirt itself.
    /// </summary>
    private static GenericNode Spice(LiftContext ctx, ArgvOption option, PropertyBag p)
    {
        ctx.IgnoreProperties(option, p, "port", "tls-port", "addr", "disable-ticketing", "seamless-migration", "unix", "password-secret", "x509-dir", "tls-channel", "plaintext-channel", "image-compression", "jpeg-wan-compression", "zlib-glz-wan-compression", "playback-compression", "streaming-video", "agent-mouse", "gl", "rendernode", "sasl", "disable-copy-paste", "disable-agent-file-xfer");
        var addr = p.GetString("addr");
        var unix = p.Contains("unix");
        var (port, tlsPort) = (p.GetString("port"), p.GetString("tls-port"));
        var none = !unix && port == "0" && tlsPort is null;
        string? defaultMode = null;
        var channels = new List<GenericNode>();
        foreach (var (key, mode) in new[] { ("tls-channel", "secure"), ("plaintext-channel", "insecure") })
        {
            foreach (var v in p.GetAll(key))
            {
                if (v is not StringValue { Value: var name })
                {
                    continue;
                }

                if (name == "default")
                {
                    defaultMode = mode;
                }
                else
                {
                    channels.Add(NodeBuilder.Element("channel", ("name", name), ("mode", mode)));
                }
            }
        }

        var listen = unix ? NodeBuilder.Element("listen", ("type", "socket"), ("socket", addr is not null && IsLibvirtSocket(ctx, addr, "spice") ? null : addr))
            : none ? NodeBuilder.Element("listen", ("type", "none"))
            : addr is null ? null : NodeBuilder.Element("listen", ("type", "address"), ("address", addr));
        return NodeBuilder.Element(
            "graphics",
            [("type", "spice"), ("port", unix || none ? null : port), ("tlsPort", tlsPort), ("autoport", unix || none ? null : "no"), ("listen", unix || none ? null : addr), ("defaultMode", defaultMode)],
            [
                listen,
                .. channels,
                Child("image", "compression", p.GetString("image-compression")),
                Child("jpeg", "compression", p.GetString("jpeg-wan-compression")),
                Child("zlib", "compression", p.GetString("zlib-glz-wan-compression")),
                Child("playback", "compression", p.GetString("playback-compression")),
                Child("streaming", "mode", p.GetString("streaming-video")),
                p.GetBool("disable-copy-paste") == true ? NodeBuilder.Element("clipboard", ("copypaste", "no")) : null,
                p.GetBool("agent-mouse") is { } mouse ? NodeBuilder.Element("mouse", ("mode", mouse ? "client" : "server")) : null,
                p.GetBool("disable-agent-file-xfer") == true ? NodeBuilder.Element("filetransfer", ("enable", "no")) : null,
                p.GetBool("gl") == true ? NodeBuilder.Element("gl", ("enable", "yes"), ("rendernode", p.GetString("rendernode"))) : null,
            ]);
    }

    private static GenericNode? Child(string name, string attr, string? value) => value is null ? null : NodeBuilder.Element(name, (attr, value));

    private static void AddGraphics(LiftContext ctx, ArgvOption option, GenericNode node) =>
        ctx.AddDevice(new GenericDevice(node) { Info = new DeviceInfo { Span = option.Span } });
}

/// <summary>What the display options said beyond the graphics devices themselves.</summary>
public sealed class DisplayState
{
    public bool NoGraphic { get; set; }

    public bool FullScreen { get; set; }
}
