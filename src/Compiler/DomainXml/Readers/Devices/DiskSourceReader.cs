using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>A disk or backing-store &lt;source&gt;: path or network location plus auth/encryption.</summary>
public static class DiskSourceReader
{
    private static readonly string[] TypedAttributes =
        ["file", "dev", "dir", "protocol", "name", "query", "tls", "tlsHostname", "pool", "volume", "mode", "startupPolicy", "index", "fdgroup", "managed", "namespace"];

    public static DiskSource Read(string type, XElement s, XmlReadContext ctx)
    {
        var path = type switch
        {
            "file" => XmlReadContext.Attr(s, "file"),
            "block" => XmlReadContext.Attr(s, "dev"),
            "dir" => XmlReadContext.Attr(s, "dir"),
            "network" => XmlReadContext.Attr(s, "name"),
            "vhostuser" => XmlReadContext.Attr(s, "path"),
            _ => null,
        };
        var src = new DiskSource
        {
            Type = type,
            Path = path,
            Protocol = type == "network" ? ctx.RequiredAttr(s, "protocol") : null,
            Query = XmlReadContext.Attr(s, "query"),
            Tls = XmlReadContext.Attr(s, "tls"),
            TlsHostname = XmlReadContext.Attr(s, "tlsHostname"),
            Pool = XmlReadContext.Attr(s, "pool"),
            Volume = XmlReadContext.Attr(s, "volume"),
            VolumeMode = type == "volume" ? XmlReadContext.Attr(s, "mode") : null,
            StartupPolicy = ctx.Enum(s, "startupPolicy", "mandatory", "requisite", "optional"),
            Index = ctx.Int(s, "index", 0),
            FdGroup = type == "file" ? XmlReadContext.Attr(s, "fdgroup") : null,
            Hosts = s.Elements("host")
                .Select(h => new NetworkHost(XmlReadContext.Attr(h, "name"), XmlReadContext.Attr(h, "port"), XmlReadContext.Attr(h, "transport"), XmlReadContext.Attr(h, "socket")))
                .ToEquatableArray(),
            ExtraAttributes = XmlReadContext.Attributes(s, TypedAttributes),
        };

        var extra = new List<GenericNode>();
        foreach (var c in s.Elements())
        {
            switch (c.Name.LocalName)
            {
                case "host":
                    break;
                case "auth" or "encryption":
                    var ae = ReadAuthOrEncryption(c, ctx);
                    src = c.Name.LocalName == "auth" ? src with { Auth = ae.Auth } : src with { Encryption = ae.Encryption };
                    break;
                case "snapshot" or "config" or "initiator" or "cookies" or "ssl" or "readahead" or "timeout" or "reconnect" or "identity" or "knownHosts" when type == "network":
                    src = src with { Network = ReadNetworkOption(src.Network, c, ctx) };
                    break;
                case "reconnect" when type == "vhostuser":
                    src = src with { ReconnectTimeout = ctx.Bool(c, "enabled") == true ? ctx.Int(c, "timeout", 0) : null };
                    break;
                case "address" when type == "nvme":
                    if (AddressReader.ReadPci(c, ctx) is { } nvmeAddr)
                    {
                        src = src with { Nvme = new NvmeSource(nvmeAddr, ctx.ULong(s, "namespace") ?? 1, ctx.Bool(s, "managed") ?? true) };
                    }

                    break;
                case "reservations":
                    src = src with { ReservationsManaged = ctx.Bool(c, "managed") };
                    extra.Add(XmlReadContext.Generic(c));
                    break;
                case "slices":
                    if (c.Elements("slice").FirstOrDefault(x => XmlReadContext.Attr(x, "type") == "storage") is { } sl)
                    {
                        src = src with { StorageSlice = new DiskSlice(ctx.ULong(sl, "offset") ?? 0, ctx.ULong(sl, "size") ?? 0) };
                    }

                    break;
                default:
                    extra.Add(XmlReadContext.Generic(c));
                    break;
            }
        }

        return src with { Extra = extra.ToEquatableArray() };
    }

    private static NetworkSourceOptions ReadNetworkOption(NetworkSourceOptions o, XElement c, XmlReadContext ctx) => c.Name.LocalName switch
    {
        "snapshot" => o with { Snapshot = XmlReadContext.Attr(c, "name") },
        "config" => o with { ConfigFile = XmlReadContext.Attr(c, "file") },
        "initiator" => o with { InitiatorIqn = c.Element("iqn") is { } iqn ? XmlReadContext.Attr(iqn, "name") : null },
        "cookies" => o with
        {
            Cookies = c.Elements("cookie").Select(k => new Attr(XmlReadContext.Attr(k, "name") ?? string.Empty, k.Value)).ToEquatableArray(),
        },
        "ssl" => o with { SslVerify = ctx.Bool(c, "verify") },
        "readahead" => o with { Readahead = ctx.ULong(c, "size") },
        "timeout" => o with { Timeout = ctx.ULong(c, "seconds") },
        "reconnect" => o with { ReconnectDelay = ctx.Int(c, "delay", 0) },
        "identity" => o with { IdentityUser = XmlReadContext.Attr(c, "user"), IdentityGroup = XmlReadContext.Attr(c, "group") },
        "knownHosts" => o with { KnownHosts = XmlReadContext.Attr(c, "path") },
        _ => o,
    };

    /// <summary>Reads &lt;auth&gt; or &lt;encryption&gt; into a scratch source carrying just that part.</summary>
    public static DiskSource ReadAuthOrEncryption(XElement c, XmlReadContext ctx)
    {
        var secret = c.Element("secret");
        var scratch = new DiskSource { Type = "scratch" };
        if (c.Name.LocalName == "auth")
        {
            return scratch with
            {
                Auth = new DiskAuth(
                    XmlReadContext.Attr(c, "username"),
                    secret is null ? null : XmlReadContext.Attr(secret, "type"),
                    secret is null ? null : XmlReadContext.Attr(secret, "usage"),
                    secret is null ? null : XmlReadContext.Attr(secret, "uuid")),
            };
        }

        return scratch with
        {
            Encryption = new DiskEncryption(
                ctx.RequiredAttr(c, "format") ?? "luks",
                XmlReadContext.Attr(c, "engine"),
                secret is null ? null : XmlReadContext.Attr(secret, "type"),
                secret is null ? null : XmlReadContext.Attr(secret, "uuid"),
                secret is null ? null : XmlReadContext.Attr(secret, "usage"))
            {
                HasCipherSpec = c.Element("cipher") is not null || c.Element("ivgen") is not null,
            },
        };
    }
}
