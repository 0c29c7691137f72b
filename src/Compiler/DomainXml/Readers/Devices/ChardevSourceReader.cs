using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>
/// The host side shared by every character device (virDomainChrSourceDefParseXML): the element's
/// <c>type</c>, its &lt;source&gt; elements (udp has a bind and a connect one), &lt;protocol&gt; and &lt;log&gt;.
/// </summary>
public static class ChardevSourceReader
{
    private static readonly string[] Types =
        ["null", "vc", "pty", "dev", "file", "pipe", "stdio", "udp", "tcp", "unix", "spicevmc", "spiceport", "nmdm", "qemu-vdagent", "dbus"];

    /// <summary>Reads the source of <paramref name="e"/>, whose type attribute is <paramref name="typeAttr"/>.</summary>
    public static ChardevSource? Read(XElement e, XmlReadContext ctx, string typeAttr = "type")
    {
        var type = XmlReadContext.Attr(e, typeAttr) ?? "pty";
        if (Array.IndexOf(Types, type) < 0)
        {
            ctx.Error(e, "QX0401", $"unknown type presented to host for character device: {type}");
            return null;
        }

        var src = new ChardevSource { Type = type };
        foreach (var s in e.Elements("source"))
        {
            src = ReadSourceElement(src, s, ctx);
        }

        if (e.Element("protocol") is { } p)
        {
            src = src with { Protocol = XmlReadContext.Attr(p, "type") };
        }

        if (e.Element("log") is { } log)
        {
            src = src with { LogFile = XmlReadContext.Attr(log, "file"), LogAppend = ctx.Bool(log, "append") };
        }

        if (type is "spicevmc" && src.Channel is null)
        {
            src = src with { Channel = e.Name.LocalName == "smartcard" ? "smartcard" : e.Name.LocalName == "redirdev" ? "usbredir" : "vdagent" };
        }

        return src;
    }

    private static ChardevSource ReadSourceElement(ChardevSource src, XElement s, XmlReadContext ctx)
    {
        var mode = XmlReadContext.Attr(s, "mode");
        switch (src.Type)
        {
            case "dev" or "file" or "pipe":
                src = src with { Path = XmlReadContext.Attr(s, "path") ?? src.Path, Append = ctx.Bool(s, "append") ?? src.Append };
                break;
            case "unix":
                src = src with { Path = XmlReadContext.Attr(s, "path") ?? src.Path, Listen = mode == "bind" || (mode is null && src.Listen) };
                break;
            case "tcp":
                src = src with
                {
                    Host = XmlReadContext.Attr(s, "host") ?? src.Host,
                    Service = XmlReadContext.Attr(s, "service") ?? src.Service,
                    Listen = mode == "bind",
                    Tls = ctx.Bool(s, "tls") ?? src.Tls,
                };
                break;
            case "udp":
                if (mode == "bind")
                {
                    src = src with { BindHost = XmlReadContext.Attr(s, "host"), BindService = XmlReadContext.Attr(s, "service") };
                }
                else
                {
                    src = src with { Host = XmlReadContext.Attr(s, "host"), Service = XmlReadContext.Attr(s, "service") };
                }

                break;
            case "spicevmc" or "spiceport" or "dbus":
                src = src with { Channel = XmlReadContext.Attr(s, "channel") ?? src.Channel };
                break;
            case "qemu-vdagent":
                if (s.Element("clipboard") is { } cb)
                {
                    src = src with { Clipboard = ctx.Bool(cb, "copypaste") };
                }

                if (s.Element("mouse") is { } m)
                {
                    src = src with { MouseMode = XmlReadContext.Attr(m, "mode") };
                }

                break;
        }

        if (s.Element("reconnect") is { } rc)
        {
            src = src with { ReconnectEnabled = ctx.Bool(rc, "enabled"), ReconnectTimeout = ctx.Int(rc, "timeout", 0) };

            // virDomainChrSourceReconnectDefParseXML: an enabled reconnect waits at least a second.
            if (src.ReconnectEnabled == true && src.ReconnectTimeout is null or 0)
            {
                ctx.Error(rc, "QX0406", src.ReconnectTimeout is null
                    ? "Missing required attribute 'timeout' in element 'reconnect'"
                    : "chardev reconnect source timeout cannot be '0'");
            }
        }

        return src;
    }

    /// <summary>The source checks of virDomainChrSourceDefValidate that apply to every user.</summary>
    public static void Validate(ChardevSource src, XElement at, XmlReadContext ctx, bool pathOptional = false)
    {
        switch (src.Type)
        {
            case "dev" or "file" or "pipe" when src.Path is null:
                ctx.Error(at, "QX0402", "Missing source path attribute for char device");
                break;
            case "unix" when src.Path is null && !pathOptional:
                ctx.Error(at, "QX0402", "Missing source path attribute for char device");
                break;
            case "tcp" when src.Host is null:
                ctx.Error(at, "QX0403", "Missing source host attribute for char device");
                break;
            case "tcp" or "udp" when src.Service is null:
                ctx.Error(at, "QX0404", "Missing source service attribute for char device");
                break;
            case "spiceport" when src.Channel is null:
                ctx.Error(at, "QX0405", "Missing source channel attribute for char device");
                break;
        }
    }
}
