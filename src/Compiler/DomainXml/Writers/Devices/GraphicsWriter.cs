using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>
/// &lt;graphics&gt; (virDomainGraphicsDefFormat): the type's attributes (the first address listen
/// repeated as the legacy <c>listen</c> attribute after the ports), then &lt;listen&gt;s, SPICE channels and
/// options, &lt;gl&gt; and &lt;audio&gt;. Inactive XML: an automatic VNC port reads <c>port='-1'</c>.
/// </summary>
public sealed class GraphicsWriter : IDeviceWriter
{
    public string ElementName => "graphics";

    public void Write(XmlTextBuilder x, Device device)
    {
        var g = (Graphics)device;
        x.Element("graphics", inner => Children(inner, g), [("type", g.Type), .. TypeAttrs(g), .. Auth(g)]);
    }

    private static (string, string?)[] TypeAttrs(Graphics g) => g.Type switch
    {
        // A socket or no listener has no port (virDomainGraphicsDefFormat switches on the first listen's type).
        "vnc" when First(g) is { Type: "socket" or "none" } first =>
            [("socket", first.Socket), ("keymap", g.Keymap), ("sharePolicy", g.SharePolicy), ("powerControl", YesNoOrNull(g.PowerControl))],
        "vnc" =>
        [
            ("port", g.AutoPort ? "-1" : Str(g.Port)), ("autoport", YesNo(g.AutoPort)), ("websocket", Str(g.Websocket)),
            ("listen", ListenAttr(g)), ("keymap", g.Keymap), ("sharePolicy", g.SharePolicy), ("powerControl", YesNoOrNull(g.PowerControl)),
        ],
        "spice" =>
        [
            ("port", g.Port is > 0 ? Str(g.Port) : null), ("tlsPort", g.TlsPort is > 0 ? Str(g.TlsPort) : null),
            ("autoport", g.AutoPort || g.Port is > 0 || g.TlsPort is > 0 ? YesNo(g.AutoPort) : null),
            ("listen", ListenAttr(g)), ("keymap", g.Keymap), ("defaultMode", g.DefaultMode),
        ],
        "rdp" => [("port", Str(g.Port)), ("autoport", YesNo(g.AutoPort)), ("listen", ListenAttr(g))],
        "sdl" => [("display", g.Display), ("xauth", g.XAuth), ("fullscreen", g.FullScreen ? "yes" : null)],
        "dbus" => [("address", g.DbusAddress), ("p2p", YesNoOrNull(g.DbusP2p))],
        _ => [],
    };

    private static (string, string?)[] Auth(Graphics g) =>
        [("passwd", g.Passwd), ("passwdValidTo", g.PasswdValidTo), ("connected", g.Connected)];

    // The first listen, when it is an address, is repeated as the legacy attribute, right after the ports
    // (virDomainGraphicsListenDefFormatAddr is called inside each type's case, before keymap and the password).
    private static string? ListenAttr(Graphics g) =>
        g.Type is "vnc" or "spice" or "rdp" && First(g) is { Type: "address", Address: { } a } ? a : null;

    private static GraphicsListen? First(Graphics g) => g.Listens.IsEmpty ? null : g.Listens[0];

    private static void Children(XmlTextBuilder x, Graphics g)
    {
        foreach (var l in g.Listens)
        {
            x.Empty("listen", ("type", l.Type), ("address", l.Address), ("network", l.Network), ("socket", l.Socket));
        }

        foreach (var (name, mode) in g.Channels)
        {
            x.Empty("channel", ("name", name), ("mode", mode));
        }

        OptionalEmpty(x, "image", "compression", g.ImageCompression);
        OptionalEmpty(x, "jpeg", "compression", g.JpegCompression);
        OptionalEmpty(x, "zlib", "compression", g.ZlibCompression);
        OptionalEmpty(x, "playback", "compression", g.PlaybackCompression is { } pc ? OnOff(pc) : null);
        OptionalEmpty(x, "streaming", "mode", g.StreamingMode);
        OptionalEmpty(x, "mouse", "mode", g.MouseMode);
        OptionalEmpty(x, "clipboard", "copypaste", YesNoOrNull(g.CopyPaste));
        OptionalEmpty(x, "filetransfer", "enable", YesNoOrNull(g.FileTransfer));
        if (g.GlEnable is not null || g.RenderNode is not null)
        {
            x.Empty("gl", ("enable", YesNoOrNull(g.GlEnable)), ("rendernode", g.RenderNode));
        }

        if (g.AudioId is { } id)
        {
            x.Empty("audio", ("id", Str(id)));
        }
    }

    private static string? YesNoOrNull(bool? b) => b is { } v ? YesNo(v) : null;
}
