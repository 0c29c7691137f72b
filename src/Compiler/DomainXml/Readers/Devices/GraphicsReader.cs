using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>&lt;graphics&gt; (https://libvirt.org/formatdomain.html#graphical-framebuffers).</summary>
public sealed class GraphicsReader : IDeviceReader
{
    public string ElementName => "graphics";

    public Device? Read(XElement e, XmlReadContext ctx)
    {
        var type = ctx.Enum(e, "type", "sdl", "vnc", "rdp", "desktop", "spice", "egl-headless", "dbus");
        if (type is null)
        {
            ctx.RequiredAttr(e, "type");
            return null;
        }

        var gl = e.Element("gl");
        var g = new Graphics
        {
            Type = type,
            Keymap = XmlReadContext.Attr(e, "keymap"),
            Passwd = XmlReadContext.Attr(e, "passwd"),
            PasswdValidTo = XmlReadContext.Attr(e, "passwdValidTo"),
            Connected = XmlReadContext.Attr(e, "connected"),
            AudioId = e.Element("audio") is { } a ? ctx.Int(a, "id", 1) : null,
            GlEnable = gl is null ? null : ctx.Bool(gl, "enable"),
            RenderNode = gl is null ? null : XmlReadContext.Attr(gl, "rendernode"),
        };

        return type switch
        {
            "vnc" => ReadVnc(e, g, ctx),
            "spice" => ReadSpice(e, g, ctx),
            "rdp" => ReadRemote(e, g, ctx) with { Port = ctx.Int(e, "port", -1) },
            "sdl" => g with
            {
                Display = XmlReadContext.Attr(e, "display"),
                XAuth = XmlReadContext.Attr(e, "xauth"),
                FullScreen = ctx.Bool(e, "fullscreen") ?? false,
            },
            "dbus" => g with { DbusAddress = XmlReadContext.Attr(e, "address"), DbusP2p = ctx.Bool(e, "p2p") },
            _ => g,
        };
    }

    private static Graphics ReadVnc(XElement e, Graphics g, XmlReadContext ctx)
    {
        var port = ctx.Int(e, "port", -1);
        var autoport = ctx.Bool(e, "autoport");

        // A missing port or the legacy port='-1' means "pick one" (virDomainGraphicsDefParseXMLVNC).
        var auto = autoport == true || port is null or -1;
        g = ReadRemote(e, g, ctx) with
        {
            Port = auto ? null : port,
            AutoPort = auto,
            Websocket = ctx.Int(e, "websocket", -1),
            SharePolicy = ctx.Enum(e, "sharePolicy", "allow-exclusive", "force-shared", "ignore"),
            PowerControl = ctx.Bool(e, "powerControl"),
        };
        return g;
    }

    private static Graphics ReadSpice(XElement e, Graphics g, XmlReadContext ctx)
    {
        var port = ctx.Int(e, "port", -1);
        var tlsPort = ctx.Int(e, "tlsPort", -1);
        var autoport = ctx.Bool(e, "autoport");
        var auto = autoport == true || port == -1 || tlsPort == -1;
        g = ReadRemote(e, g, ctx) with
        {
            Port = auto ? null : port ?? 0,
            TlsPort = auto ? null : tlsPort ?? 0,
            AutoPort = auto,
            DefaultMode = ctx.Enum(e, "defaultMode", "any", "secure", "insecure"),
            Channels = e.Elements("channel")
                .Select(c => (Name: ctx.Enum(c, "name", "main", "display", "inputs", "cursor", "playback", "record", "smartcard", "usbredir"), Mode: ctx.Enum(c, "mode", "any", "secure", "insecure")))
                .Where(c => c.Name is not null && c.Mode is not null)
                .Select(c => new Attr(c.Name!, c.Mode!))
                .ToEquatableArray(),
        };

        foreach (var c in e.Elements())
        {
            g = c.Name.LocalName switch
            {
                "image" => g with { ImageCompression = ctx.Enum(c, "compression", "auto_glz", "auto_lz", "quic", "glz", "lz", "off") },
                "jpeg" => g with { JpegCompression = ctx.Enum(c, "compression", "auto", "never", "always") },
                "zlib" => g with { ZlibCompression = ctx.Enum(c, "compression", "auto", "never", "always") },
                "playback" => g with { PlaybackCompression = ctx.Bool(c, "compression") },
                "streaming" => g with { StreamingMode = ctx.Enum(c, "mode", "filter", "all", "off") },
                "clipboard" => g with { CopyPaste = ctx.Bool(c, "copypaste") },
                "filetransfer" => g with { FileTransfer = ctx.Bool(c, "enable") },
                "mouse" => g with { MouseMode = ctx.Enum(c, "mode", "server", "client") },
                _ => g,
            };
        }

        return g;
    }

    /// <summary>
    /// The listen addresses of VNC, SPICE and RDP: the &lt;listen&gt; children, or for older XML
    /// the <c>listen</c> (or VNC <c>socket</c>) attribute, which must agree with the first child.
    /// </summary>
    private static Graphics ReadRemote(XElement e, Graphics g, XmlReadContext ctx)
    {
        var listens = new List<GraphicsListen>();
        foreach (var l in e.Elements("listen"))
        {
            var lt = ctx.Enum(l, "type", "address", "network", "socket", "none");
            if (lt is null)
            {
                ctx.RequiredAttr(l, "type");
                continue;
            }

            if (lt == "socket" && g.Type != "vnc" && g.Type != "spice")
            {
                ctx.Error(l, "QX0041", $"listen type 'socket' is not available for graphics type '{g.Type}'");
            }

            listens.Add(new GraphicsListen(lt)
            {
                Address = lt == "address" ? NonEmpty(XmlReadContext.Attr(l, "address")) : null,
                Network = lt == "network" ? XmlReadContext.Attr(l, "network") : null,
                Socket = lt == "socket" ? XmlReadContext.Attr(l, "socket") : null,
            });
        }

        var listenAttr = NonEmpty(XmlReadContext.Attr(e, "listen"));
        if (listens.Count > 0 && listenAttr is not null && listens[0].Type == "address" && listens[0].Address is { } first && first != listenAttr)
        {
            ctx.Error(e, "QX0042", $"graphics 'listen' attribute '{listenAttr}' must match 'address' attribute of first listen element (found '{first}')");
        }

        if (listens.Count > 0 && listens[0].Type == "address" && listens[0].Address is null && listenAttr is not null)
        {
            listens[0] = listens[0] with { Address = listenAttr };
        }

        if (listens.Count == 0)
        {
            var socket = g.Type == "vnc" ? XmlReadContext.Attr(e, "socket") : null;
            listens.Add(socket is not null
                ? new GraphicsListen("socket") { Socket = socket }
                : new GraphicsListen("address") { Address = listenAttr });
        }

        return g with { Listens = listens.ToEquatableArray() };
    }

    private static string? NonEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
