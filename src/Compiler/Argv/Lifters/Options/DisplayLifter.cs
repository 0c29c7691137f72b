using System.Globalization;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// Graphics: <c>-vnc [host]:display[,websocket=P][,share=...]</c> or <c>-vnc unix:PATH</c>,
/// <c>-sdl</c> (with DISPLAY/XAUTHORITY from the environment and <c>-full-screen</c>),
/// <c>-display sdl|gtk[,gl=]</c>, <c>-display egl-headless[,rendernode=]</c>, <c>-display dbus[,addr=|p2p=][,gl=,rendernode=,audiodev=]</c>, <c>-display none</c>, <c>-spice port=,tls-port=,addr=...</c>
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
                ctx.IgnoreProperties(option, p, "type", "gl");
                AddGraphics(ctx, option, Sdl(ctx) with { GlEnable = p.GetBool("gl") });
                return;
            case "egl-headless":
                ctx.IgnoreProperties(option, p, "type", "rendernode");
                AddGraphics(ctx, option, new Graphics { Type = "egl-headless", RenderNode = p.GetString("rendernode") });
                return;
            case "dbus":
                ctx.IgnoreProperties(option, p, "type", "addr", "p2p", "gl", "rendernode", "audiodev");
                AddGraphics(ctx, option, Dbus(p));
                return;
            default:
                ctx.KeepAsPassthrough(option, $"display '{p.GetString("type")}' has no domain XML form");
                return;
        }
    }

    /// <summary>
    /// <c>-display dbus</c>, the mirror of to-native's GraphicsEmitter: a bus address or peer-to-peer
    /// (<c>p2p=on</c>, libvirt's p2p='yes'), GL with its render node, and the audio backend it exports.
    /// </summary>
    private static Graphics Dbus(PropertyBag p) => new()
    {
        Type = "dbus",
        DbusAddress = p.GetString("addr"),
        DbusP2p = p.GetBool("p2p") == true ? true : null,
        GlEnable = p.GetBool("gl"),
        RenderNode = p.GetString("rendernode"),
        AudioId = AudioId(p),
    };

    private static Graphics Sdl(LiftContext ctx) => new()
    {
        Type = "sdl",
        Display = ctx.Env("DISPLAY"),
        XAuth = ctx.Env("XAUTHORITY"),
        FullScreen = ctx.State<DisplayState>().FullScreen || ctx.CommandLine.OptionsNamed("full-screen").Any(),
    };

    private static Graphics? Vnc(LiftContext ctx, ArgvOption option, PropertyBag p)
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

        var vnc = new Graphics { Type = "vnc", PowerControl = p.GetBool("power-control"), AudioId = AudioId(p) };
        if (address.StartsWith("unix:", StringComparison.Ordinal))
        {
            var socket = address["unix:".Length..];
            return vnc with { Listens = [new GraphicsListen("socket") { Socket = IsLibvirtSocket(ctx, socket, "vnc") ? null : socket }] };
        }

        if (address == "none")
        {
            return vnc with { Listens = [new GraphicsListen("none")] };
        }

        var colon = address.LastIndexOf(':');
        if (colon < 0 || !int.TryParse(address.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var display))
        {
            ctx.Malformed(p.Get("vnc")!, $"-vnc: '{address}' is not [host]:display or unix:path");
            return null;
        }

        var host = address[..colon].Trim('[', ']');
        return vnc with
        {
            Port = 5900 + display,
            Websocket = p.GetInt64("websocket") is { } ws ? (int)ws : null,
            SharePolicy = p.GetString("share"),
            Listens = host.Length == 0 ? [] : [new GraphicsListen("address") { Address = host }],
        };
    }

    /// <summary>
    /// A socket libvirt made itself in the guest's private directory (qemuDomainGetPrivatePath:
    /// <c>.../domain-ID-NAME/vnc.sock</c> for &lt;listen type='socket'/&gt; without a path): left for
    /// libvirt to choose again, as its path depends on the domain id of the run.
    /// </summary>
    private static bool IsLibvirtSocket(LiftContext ctx, string socket, string kind) =>
        ctx.Domain.Name is { } name && socket.EndsWith($"-{name}/{kind}.sock", StringComparison.Ordinal) && socket.Contains("/domain-", StringComparison.Ordinal);

    /// <summary>audiodev=audioN: the &lt;audio id=N&gt; the display streams sound to.</summary>
    private static int? AudioId(PropertyBag p) => AudiodevLifter.Number(p.GetString("audiodev"));

    /// <summary>
    /// -spice, the mirror of to-native's SpiceArgs: a unix socket or ports and address (port=0 alone is
    /// "no listen"), per-channel TLS (tls-channel/plaintext-channel; "default" is defaultMode),
    /// compression, mouse mode, clipboard, file transfer and GL. SASL, ticketing, the TLS directory and
    /// seamless migration come from qemu.conf and libvirt itself.
    /// </summary>
    private static Graphics Spice(LiftContext ctx, ArgvOption option, PropertyBag p)
    {
        ctx.IgnoreProperties(option, p, "port", "tls-port", "addr", "disable-ticketing", "seamless-migration", "unix", "password-secret", "x509-dir", "tls-channel", "plaintext-channel", "image-compression", "jpeg-wan-compression", "zlib-glz-wan-compression", "playback-compression", "streaming-video", "agent-mouse", "gl", "rendernode", "sasl", "disable-copy-paste", "disable-agent-file-xfer");
        var addr = p.GetString("addr");
        var unix = p.Contains("unix");
        var (port, tlsPort) = (p.GetString("port"), p.GetString("tls-port"));
        var none = !unix && port == "0" && tlsPort is null;
        string? defaultMode = null;
        var channels = new List<Attr>();
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
                    channels.Add(new(name, mode));
                }
            }
        }

        GraphicsListen? listen = unix ? new GraphicsListen("socket") { Socket = addr is not null && IsLibvirtSocket(ctx, addr, "spice") ? null : addr }
            : none ? new GraphicsListen("none")
            : addr is null ? null : new GraphicsListen("address") { Address = addr };
        var gl = p.GetBool("gl") == true;
        return new Graphics
        {
            Type = "spice",
            Port = unix || none ? null : Port(port),
            TlsPort = Port(tlsPort),
            DefaultMode = defaultMode,
            Listens = listen is null ? [] : [listen],
            Channels = channels.ToEquatableArray(),
            ImageCompression = p.GetString("image-compression"),
            JpegCompression = p.GetString("jpeg-wan-compression"),
            ZlibCompression = p.GetString("zlib-glz-wan-compression"),
            PlaybackCompression = p.GetBool("playback-compression"),
            StreamingMode = p.GetString("streaming-video"),
            CopyPaste = p.GetBool("disable-copy-paste") == true ? false : null,
            MouseMode = p.GetBool("agent-mouse") is { } mouse ? (mouse ? "client" : "server") : null,
            FileTransfer = p.GetBool("disable-agent-file-xfer") == true ? false : null,
            GlEnable = gl ? true : null,
            RenderNode = gl ? p.GetString("rendernode") : null,
        };
    }

    private static int? Port(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static void AddGraphics(LiftContext ctx, ArgvOption option, Graphics graphics) =>
        ctx.AddDevice(graphics with { Info = new DeviceInfo { Span = option.Span } });
}

/// <summary>What the display options said beyond the graphics devices themselves.</summary>
public sealed class DisplayState
{
    public bool NoGraphic { get; set; }

    public bool FullScreen { get; set; }
}
