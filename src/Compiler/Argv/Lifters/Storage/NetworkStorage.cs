using System.Globalization;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Storage;

/// <summary>
/// A network or NVMe storage node of a <c>-blockdev</c> chain as a disk &lt;source&gt;, the mirror of
/// to-native's NetworkStorageProps (QEMU's BlockdevOptions{Nbd,Rbd,Gluster,Curl*,Ssh,Nvme}):
/// servers become &lt;host&gt;s, export/pool+image/volume+path/URL path the source name. Null for a
/// driver that is not a network protocol.
/// </summary>
public static class NetworkStorage
{
    public static readonly HashSet<string> Drivers = ["nbd", "iscsi", "rbd", "gluster", "http", "https", "ftp", "ftps", "ssh", "nfs", "nvme"];

    public static DiskSource? Read(PropertyBag p) => p.GetString("driver") switch
    {
        "nbd" => Network(p, "nbd", p.GetString("export"), Hosts(p.GetObject("server"))) with
        {
            TlsHostname = p.GetString("tls-hostname"),
            Network = new NetworkSourceOptions { ReconnectDelay = Int(p, "reconnect-delay") },
        },
        "rbd" => Network(p, "rbd", Rbd(p), [.. Servers(p).Select(s => new NetworkHost(s.GetString("host"), s.GetString("port"), null, null))]) with
        {
            Network = new NetworkSourceOptions { Snapshot = p.GetString("snapshot"), ConfigFile = p.GetString("conf") },
        },
        "iscsi" => IscsiStorage.Read(p),
        "gluster" => Network(p, "gluster", $"{p.GetString("volume")}/{p.GetString("path")}", [.. Servers(p).Select(Host)]),
        "http" or "https" or "ftp" or "ftps" => Curl(p),
        "ssh" => Network(p, "ssh", p.GetString("path"), Hosts(p.GetObject("server"))),

        // user/group are numeric ids; libvirt reads "+N" as the number N (virGetUserID).
        "nfs" => Network(p, "nfs", p.GetString("path"), Hosts(p.GetObject("server"))) with
        {
            Network = new NetworkSourceOptions
            {
                IdentityUser = p.GetString("user") is { } u ? "+" + u : null,
                IdentityGroup = p.GetString("group") is { } g ? "+" + g : null,
            },
        },
        "nvme" => Nvme(p),
        _ => null,
    };

    private static DiskSource Network(PropertyBag p, string protocol, string? name, EquatableArray<NetworkHost> hosts) =>
        new() { Type = "network", Protocol = protocol, Path = name, Hosts = hosts, Tls = p.Contains("tls-creds") ? "yes" : null };

    private static EquatableArray<NetworkHost> Hosts(PropertyBag? server) => server is null ? EquatableArray<NetworkHost>.Empty : EquatableArray.Create(Host(server));

    // SocketAddress: inet host/port or a unix socket path.
    private static NetworkHost Host(PropertyBag s) => s.GetString("type") == "unix"
        ? new NetworkHost(null, null, "unix", s.GetString("path"))
        : new NetworkHost(s.GetString("host"), s.GetString("port"), null, null);

    private static IEnumerable<PropertyBag> Servers(PropertyBag p) =>
        p.Get("server") is ArrayValue a ? a.Items.OfType<ObjectValue>().Select(o => o.Properties) : [];

    private static string? Rbd(PropertyBag p) =>
        p.GetString("namespace") is { } ns ? $"{p.GetString("pool")}/{ns}/{p.GetString("image")}" : $"{p.GetString("pool")}/{p.GetString("image")}";

    // url=PROTO://HOST:PORT/PATH[?QUERY]
    private static DiskSource? Curl(PropertyBag p)
    {
        if (p.GetString("url") is not { } url || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var source = Network(p, uri.Scheme, Uri.UnescapeDataString(uri.AbsolutePath), EquatableArray.Create(new NetworkHost(uri.Host.Trim('[', ']'), uri.Port.ToString(CultureInfo.InvariantCulture), null, null)));
        return source with
        {
            Query = uri.Query.Length > 1 ? uri.Query[1..] : null,
            Network = new NetworkSourceOptions
            {
                SslVerify = p.GetBool("sslverify"),
                Readahead = p.GetInt64("readahead") is { } ra ? (ulong)ra : null,
                Timeout = p.GetInt64("timeout") is { } t ? (ulong)t : null,
            },
        };
    }

    // device=DDDD:BB:SS.F, namespace=N
    private static DiskSource? Nvme(PropertyBag p)
    {
        if (p.GetString("device")?.Split(':', '.') is not [var d, var b, var s, var f] || p.GetInt64("namespace") is not { } ns)
        {
            return null;
        }

        static int Hex(string x) => int.Parse(x, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new DiskSource { Type = "nvme", Nvme = new NvmeSource(new PciAddress(Hex(d), Hex(b), Hex(s), Hex(f)), (ulong)ns, true) };
    }

    private static int? Int(PropertyBag p, string key) => p.GetInt64(key) is { } v ? (int)v : null;
}
