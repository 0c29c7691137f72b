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
        if (address.StartsWith("unix:", StringComparison.Ordinal))
        {
            var socket = address["unix:".Length..];
            return NodeBuilder.Element("graphics", [("type", "vnc"), ("socket", socket)], NodeBuilder.Element("listen", ("type", "socket"), ("socket", socket)));
        }

        if (address == "none")
        {
            return NodeBuilder.Element("graphics", [("type", "vnc")], NodeBuilder.Element("listen", ("type", "none")));
        }

        var colon = address.LastIndexOf(':');
        if (colon < 0 || !int.TryParse(address.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var display))
        {
            ctx.Malformed(p.Get("vnc")!, $"-vnc: '{address}' is not [host]:display or unix:path");
            return null;
        }

        var host = address[..colon].Trim('[', ']');
        var port = (5900 + display).ToString(CultureInfo.InvariantCulture);
        ctx.IgnoreProperties(option, p, "vnc", "websocket", "share", "to", "password", "lossy", "sasl", "tls", "x509", "x509verify");
        return NodeBuilder.Element(
            "graphics",
            [("type", "vnc"), ("port", port), ("autoport", "no"), ("websocket", p.GetString("websocket")), ("listen", host.Length == 0 ? null : host), ("sharePolicy", p.GetString("share"))],
            host.Length == 0 ? null : NodeBuilder.Element("listen", ("type", "address"), ("address", host)));
    }

    private static GenericNode Spice(LiftContext ctx, ArgvOption option, PropertyBag p)
    {
        var addr = p.GetString("addr");
        ctx.IgnoreProperties(option, p, "port", "tls-port", "addr", "disable-ticketing", "seamless-migration", "unix", "password-secret", "x509-dir", "tls-channel", "plaintext-channel", "image-compression", "jpeg-wan-compression", "zlib-glz-wan-compression", "playback-compression", "streaming-video", "agent-mouse", "gl", "rendernode");
        var unix = p.GetBool("unix") == true;
        return NodeBuilder.Element(
            "graphics",
            [("type", "spice"), ("port", p.GetString("port")), ("tlsPort", p.GetString("tls-port")), ("autoport", unix ? null : "no"), ("listen", addr)],
            addr is null ? null : NodeBuilder.Element("listen", ("type", "address"), ("address", addr)));
    }

    private static void AddGraphics(LiftContext ctx, ArgvOption option, GenericNode node) =>
        ctx.AddDevice(new GenericDevice(node) { Info = new DeviceInfo { Span = option.Span } });
}

/// <summary>What the display options said beyond the graphics devices themselves.</summary>
public sealed class DisplayState
{
    public bool NoGraphic { get; set; }

    public bool FullScreen { get; set; }
}
