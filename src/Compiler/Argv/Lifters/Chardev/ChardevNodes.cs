using System.Globalization;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Chardev;

/// <summary>
/// Writes a lifted <see cref="ChardevSource"/> as the children of a character device element, in the
/// order libvirt formats them (virDomainChrSourceDefFormat): &lt;source&gt; (udp: bind, then connect;
/// tcp/unix with &lt;reconnect&gt;), &lt;protocol&gt;, &lt;log&gt;. The device families that have no XML
/// writer yet are kept as <see cref="GenericNode"/>s built here.
/// </summary>
public static class ChardevNodes
{
    /// <summary>The element (<c>serial</c>, <c>parallel</c>, <c>console</c>, <c>channel</c>...) with this source, then <paramref name="after"/>.</summary>
    public static GenericNode Element(string name, ChardevSource src, params GenericNode?[] after) =>
        NodeBuilder.Element(name, [("type", src.Type)], [.. Children(src), .. after]);

    public static IEnumerable<GenericNode> Children(ChardevSource src)
    {
        switch (src.Type)
        {
            case "dev" or "file" or "pipe":
                yield return NodeBuilder.Element("source", ("path", src.Path), ("append", OnOff(src.Append)));
                break;
            case "udp":
                if (src.BindHost is not null || src.BindService is not null)
                {
                    yield return NodeBuilder.Element("source", ("mode", "bind"), ("host", src.BindHost), ("service", src.BindService));
                }

                yield return NodeBuilder.Element("source", ("mode", "connect"), ("host", src.Host), ("service", src.Service));
                break;
            case "tcp":
                yield return NodeBuilder.Element(
                    "source",
                    [("mode", src.Listen ? "bind" : "connect"), ("host", src.Host), ("service", src.Service), ("tls", YesNo(src.Tls))],
                    Reconnect(src));
                yield return NodeBuilder.Element("protocol", ("type", src.Protocol ?? "raw"));
                break;
            case "unix":
                yield return NodeBuilder.Element("source", [("mode", src.Listen ? "bind" : "connect"), ("path", src.Path)], Reconnect(src));
                break;
            case "spiceport" or "dbus":
                yield return NodeBuilder.Element("source", ("channel", src.Channel));
                break;
            case "qemu-vdagent" when src.Clipboard is not null || src.MouseMode is not null:
                yield return NodeBuilder.Element(
                    "source",
                    [],
                    src.Clipboard is { } cb ? NodeBuilder.Element("clipboard", ("copypaste", YesNo(cb))) : null,
                    src.MouseMode is { } m ? NodeBuilder.Element("mouse", ("mode", m)) : null);
                break;
        }

        if (src.LogFile is { } log)
        {
            yield return NodeBuilder.Element("log", ("file", log), ("append", OnOff(src.LogAppend)));
        }
    }

    private static GenericNode? Reconnect(ChardevSource src) => src.ReconnectEnabled switch
    {
        true => NodeBuilder.Element("reconnect", ("enabled", "yes"), ("timeout", src.ReconnectTimeout?.ToString(CultureInfo.InvariantCulture))),
        false => NodeBuilder.Element("reconnect", ("enabled", "no")),
        null => null,
    };

    private static string? OnOff(bool? b) => b is null ? null : b.Value ? "on" : "off";

    private static string? YesNo(bool? b) => b is null ? null : b.Value ? "yes" : "no";
}
