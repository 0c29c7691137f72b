using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>
/// The host side of a character device (virDomainChrSourceDefFormat): the &lt;source&gt; element(s) of
/// its type, &lt;protocol&gt; for TCP, then &lt;log&gt;. The element's own <c>type</c> attribute is the caller's.
/// </summary>
public static class ChardevSourceWriter
{
    public static void Write(XmlTextBuilder x, ChardevSource s)
    {
        switch (s.Type)
        {
            case "dev" or "file" or "pipe" or "pty" when s.Path is not null:
                x.Empty("source", ("path", s.Path), ("append", s.Append is { } a ? OnOff(a) : null));
                break;
            case "nmdm" when s.Path is not null:
                x.Empty("source", ("master", s.Path), ("slave", s.Host));
                break;
            case "udp":
                if (s.BindHost is not null || s.BindService is not null)
                {
                    x.Empty("source", ("mode", "bind"), ("host", s.BindHost), ("service", s.BindService));
                }

                x.Empty("source", ("mode", "connect"), ("host", s.Host), ("service", s.Service));
                break;
            case "tcp":
                SourceWithReconnect(x, s, ("mode", s.Listen ? "bind" : "connect"), ("host", s.Host), ("service", s.Service), ("tls", s.Tls is { } t ? YesNo(t) : null));
                x.Empty("protocol", ("type", s.Protocol ?? "raw"));
                break;
            // Without a path (a channel whose socket libvirt names at start) there is no <source>.
            case "unix" when s.Path is null:
                break;
            case "unix":
                SourceWithReconnect(x, s, ("mode", s.Listen ? "bind" : "connect"), ("path", s.Path));
                break;
            case "spiceport" or "dbus" when s.Channel is not null:
                x.Empty("source", ("channel", s.Channel));
                break;
            case "qemu-vdagent":
                x.Element("source", inner =>
                {
                    if (s.Clipboard is { } cb)
                    {
                        inner.Empty("clipboard", ("copypaste", YesNo(cb)));
                    }

                    if (s.MouseMode is { } m)
                    {
                        inner.Empty("mouse", ("mode", m));
                    }
                });
                break;
        }

        if (s.LogFile is { } log)
        {
            x.Empty("log", ("file", log), ("append", s.LogAppend is { } la ? OnOff(la) : null));
        }
    }

    private static void SourceWithReconnect(XmlTextBuilder x, ChardevSource s, params (string, string?)[] attrs) =>
        x.Element(
            "source",
            inner =>
            {
                if (s.ReconnectEnabled is { } on)
                {
                    inner.Empty("reconnect", ("enabled", YesNo(on)), ("timeout", on ? Str(s.ReconnectTimeout) : null));
                }
            },
            attrs);
}
