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
        OptionalEmpty(x, "snapshot", "name", o.Snapshot);
        OptionalEmpty(x, "config", "file", o.ConfigFile);
        OptionalEmpty(x, "reconnect", "delay", Str(o.ReconnectDelay));
        if (o.InitiatorIqn is { } iqn)
        {
            x.Open("initiator").Empty("iqn", ("name", iqn)).Close();
        }

        OptionalEmpty(x, "ssl", "verify", o.SslVerify is { } v ? YesNo(v) : null);
        if (!o.Cookies.IsEmpty)
        {
            x.Open("cookies");
            foreach (var (name, value) in o.Cookies)
            {
                x.Leaf("cookie", value, ("name", name));
            }

            x.Close();
        }

        OptionalEmpty(x, "readahead", "size", Str(o.Readahead));
        OptionalEmpty(x, "timeout", "seconds", Str(o.Timeout));
        if (o.IdentityUser is not null || o.IdentityGroup is not null)
        {
            x.Empty("identity", ("user", o.IdentityUser), ("group", o.IdentityGroup));
        }

        OptionalEmpty(x, "knownHosts", "path", o.KnownHosts);
    }
}
