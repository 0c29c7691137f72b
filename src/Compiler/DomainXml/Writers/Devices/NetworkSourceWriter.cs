using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>
/// The protocol-specific children of a network disk &lt;source&gt; after its hosts
/// (virDomainDiskSourceFormatNetwork): snapshot, config, reconnect, initiator, ssl, cookies,
/// readahead, timeout, identity, knownHosts.
/// </summary>
public static class NetworkSourceWriter
{
    public static void Write(XmlTextBuilder x, NetworkSourceOptions o)
    {
        Optional(x, "snapshot", "name", o.Snapshot);
        Optional(x, "config", "file", o.ConfigFile);
        Optional(x, "reconnect", "delay", Str(o.ReconnectDelay));
        if (o.InitiatorIqn is { } iqn)
        {
            x.Open("initiator").Empty("iqn", ("name", iqn)).Close();
        }

        Optional(x, "ssl", "verify", o.SslVerify is { } v ? YesNo(v) : null);
        if (!o.Cookies.IsEmpty)
        {
            x.Open("cookies");
            foreach (var (name, value) in o.Cookies)
            {
                x.Leaf("cookie", value, ("name", name));
            }

            x.Close();
        }

        Optional(x, "readahead", "size", Str(o.Readahead));
        Optional(x, "timeout", "seconds", Str(o.Timeout));
        if (o.IdentityUser is not null || o.IdentityGroup is not null)
        {
            x.Empty("identity", ("user", o.IdentityUser), ("group", o.IdentityGroup));
        }

        Optional(x, "knownHosts", "path", o.KnownHosts);
    }

    private static void Optional(XmlTextBuilder x, string element, string attr, string? value)
    {
        if (value is not null)
        {
            x.Empty(element, (attr, value));
        }
    }
}
