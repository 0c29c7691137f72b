using Qconv.Compiler.Host;
using System.Globalization;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters.Storage;

/// <summary>
/// The driver-specific part of a network storage node, per protocol, following QEMU's
/// BlockdevOptions{Nbd,Iscsi,Rbd,Gluster,Curl*,Nfs,Ssh} (qapi/block-core.json) as libvirt fills them.
/// </summary>
public static class NetworkStorageProps
{
    /// <summary>Ports a host without port= gets (virStorageSourceNetworkDefaultPort).</summary>
    public static string? DefaultPort(string protocol) => protocol switch
    {
        "nbd" => "10809",
        "iscsi" => "3260",
        "http" => "80",
        "https" => "443",
        "ftp" => "21",
        "ftps" => "990",
        "tftp" => "69",
        "gluster" => "24007",
        "ssh" => "22",
        "sheepdog" => "7000",
        _ => null,
    };

    public static JsonProps? Build(EmitContext ctx, StorageLevel level)
    {
        var src = level.Source;
        var props = new JsonProps().Add("driver", src.Protocol!);
        switch (src.Protocol)
        {
            case "nbd":
                Nbd(props, level);
                break;
            case "iscsi":
                Iscsi(props, level);
                break;
            case "rbd":
                Rbd(props, level);
                break;
            case "gluster":
                Gluster(ctx, props, src);
                break;
            case "http" or "https" or "ftp" or "ftps":
                Curl(props, level);
                break;
            case "nfs":
                Nfs(ctx, props, src);
                break;
            case "ssh":
                Ssh(props, src);
                break;
            default:
                ctx.Error("QC0101", null, $"network disk protocol '{src.Protocol}' is not supported");
                return null;
        }

        return props;
    }

    private static NetworkHost FirstHost(DiskSource src) => src.Hosts.Count > 0 ? src.Hosts[0] : new NetworkHost(null, null, null, null);

    private static string Port(NetworkHost h, DiskSource src) => h.Port ?? DefaultPort(src.Protocol!) ?? "0";

    /// <summary>A SocketAddress: inet host/port or a unix socket path.</summary>
    private static JsonProps SocketAddress(NetworkHost h, DiskSource src) =>
        h.Transport == "unix"
            ? new JsonProps().Add("type", "unix").Add("path", h.Socket ?? string.Empty)
            : new JsonProps().Add("type", "inet").Add("host", h.Name ?? string.Empty).Add("port", Port(h, src));

    private static void Nbd(JsonProps props, StorageLevel level)
    {
        var src = level.Source;
        props.Add("server", SocketAddress(FirstHost(src), src));
        props.AddIfNotNull("export", src.Path);
        props.AddIfNotNull("tls-creds", level.TlsAlias);
        if (level.TlsAlias is not null)
        {
            props.AddIfNotNull("tls-hostname", src.TlsHostname);
        }

        props.AddIfNotNull("reconnect-delay", src.Network.ReconnectDelay);
    }

    private static void Iscsi(JsonProps props, StorageLevel level)
    {
        var src = level.Source;
        var name = src.Path ?? string.Empty;
        var target = name;
        var lun = 0L;
        var slash = name.LastIndexOf('/');
        if (slash >= 0)
        {
            target = name[..slash];
            _ = long.TryParse(name.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out lun);
        }

        var h = FirstHost(src);
        props.Add("portal", $"{HostForUri(h.Name ?? string.Empty)}:{Port(h, src)}")
            .Add("target", target)
            .Add("lun", lun)
            .Add("transport", "tcp");
        if (src.Auth is { } auth)
        {
            props.AddIfNotNull("user", auth.Username);
            props.AddIfNotNull("password-secret", level.AuthSecretAlias);
        }

        props.AddIfNotNull("initiator-name", src.Network.InitiatorIqn);
    }

    private static void Rbd(JsonProps props, StorageLevel level)
    {
        var src = level.Source;
        var name = src.Path ?? string.Empty;
        string? snapshot = src.Network.Snapshot;
        var at = name.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            snapshot ??= name[(at + 1)..];
            name = name[..at];
        }

        var parts = name.Split('/', 3);
        var (pool, ns, image) = parts.Length switch
        {
            3 => (parts[0], parts[1], parts[2]),
            2 => (parts[0], (string?)null, parts[1]),
            _ => (string.Empty, null, name),
        };
        props.Add("pool", pool);
        props.AddIfNotNull("namespace", ns);
        props.Add("image", image);
        props.AddIfNotNull("snapshot", snapshot);
        props.AddIfNotNull("conf", src.Network.ConfigFile);
        if (src.Hosts.Count > 0)
        {
            props.Add("server", src.Hosts.Select(h =>
            {
                var server = new JsonProps().Add("host", h.Name ?? string.Empty);
                server.AddIfNotNull("port", h.Port);
                return (object)server;
            }));
        }

        if (src.Auth is { } auth)
        {
            props.AddIfNotNull("user", auth.Username);
            props.Add("auth-client-required", new object[] { "cephx", "none" });
            props.AddIfNotNull("key-secret", level.AuthSecretAlias);
        }
    }

    private static void Gluster(EmitContext ctx, JsonProps props, DiskSource src)
    {
        var name = src.Path ?? string.Empty;
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        props.Add("volume", slash < 0 ? name : name[..slash]);
        props.Add("path", slash < 0 ? string.Empty : name[(slash + 1)..]);
        props.Add("server", src.Hosts.Select(h => (object)SocketAddress(h, src)));
        props.Add("debug", ctx.Config.GlusterDebugLevel);
    }

    private static void Curl(JsonProps props, StorageLevel level)
    {
        var src = level.Source;
        var h = FirstHost(src);
        var path = src.Path ?? string.Empty;
        if (!path.StartsWith('/'))
        {
            path = "/" + path;
        }

        var url = $"{src.Protocol}://{HostForUri(h.Name ?? string.Empty)}:{Port(h, src)}{path}";
        if (!string.IsNullOrEmpty(src.Query))
        {
            url += "?" + src.Query;
        }

        props.Add("url", url);
        if (src.Auth is { } auth)
        {
            props.AddIfNotNull("username", auth.Username);
            props.AddIfNotNull("password-secret", level.AuthSecretAlias);
        }

        if (src.Protocol is "https" or "ftps")
        {
            props.AddIfNotNull("sslverify", src.Network.SslVerify);
        }

        props.AddIfNotNull("cookie-secret", level.CookieSecretAlias);
        if (src.Network.Readahead is { } ra)
        {
            props.Add("readahead", ra);
        }

        if (src.Network.Timeout is { } t)
        {
            props.Add("timeout", t);
        }
    }

    private static void Nfs(EmitContext ctx, JsonProps props, DiskSource src)
    {
        var h = FirstHost(src);
        props.Add("server", new JsonProps().Add("host", h.Name ?? string.Empty).Add("type", "inet"));
        props.Add("path", src.Path ?? string.Empty);
        if (src.Network.IdentityUser is { } user && ctx.Host.UserId(user) is { } uid)
        {
            props.Add("user", uid);
        }

        if (src.Network.IdentityGroup is { } group && ctx.Host.GroupId(group) is { } gid)
        {
            props.Add("group", gid);
        }
    }

    private static void Ssh(JsonProps props, DiskSource src)
    {
        var h = FirstHost(src);
        props.Add("path", src.Path ?? string.Empty);
        props.Add("server", new JsonProps().Add("host", h.Name ?? string.Empty).Add("port", Port(h, src)));
        props.AddIfNotNull("user", src.Auth?.Username);
    }

    /// <summary>IPv6 literals go in brackets inside URIs and portals.</summary>
    public static string HostForUri(string host) => host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host;
}
