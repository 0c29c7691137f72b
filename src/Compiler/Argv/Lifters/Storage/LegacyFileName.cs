using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Storage;

/// <summary>
/// QEMU's filename syntaxes for network storage in <c>-drive file=</c> (docs/system/qemu-block-drivers
/// and the block drivers' legacy parsers): <c>nbd:host:port[:exportname=x]</c>,
/// <c>nbd:unix:/sock[:exportname=x]</c>, <c>nbd[+unix]://...</c>, <c>rbd:pool/image[@snap][:opt=val...]</c>,
/// <c>gluster[+transport]://host:port/volume/path</c>, <c>iscsi://[user%pass@]host:port/iqn/lun</c>,
/// <c>sheepdog:host:port:image</c>, and http/https/ftp/ftps/tftp URLs. A plain path is a file, or a
/// block device under /dev (libvirt's former converter told them apart the same way).
/// </summary>
public static class LegacyFileName
{
    /// <summary>The source a filename describes, or null (with <paramref name="error"/>) when it is malformed.</summary>
    public static DiskSource? Parse(string file, out string? error)
    {
        error = null;
        var colon = file.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon > 0 ? file[..colon] : string.Empty;
        var result = scheme switch
        {
            "nbd" or "nbd+unix" or "nbd+tcp" => Nbd(file),
            "rbd" => Rbd(file[(colon + 1)..]),
            "gluster" or "gluster+tcp" or "gluster+unix" or "gluster+rdma" => Url(file, "gluster"),
            "iscsi" => Iscsi(file),
            "sheepdog" or "sheepdog+tcp" or "sheepdog+unix" => Sheepdog(file),
            "http" or "https" or "ftp" or "ftps" or "tftp" => Url(file, scheme),
            _ => new DiskSource { Type = file.StartsWith("/dev/", StringComparison.Ordinal) ? "block" : "file", Path = file },
        };
        if (result is null)
        {
            error = $"'{file}' is not a valid {scheme} location";
        }

        return result;
    }

    private static DiskSource Network(string protocol, string? name, params NetworkHost[] hosts) =>
        new() { Type = "network", Protocol = protocol, Path = name, Hosts = hosts.ToEquatableArray() };

    // nbd:host:port[:exportname=x] or nbd:unix:/path[:exportname=x]; the URI forms go through Url.
    private static DiskSource? Nbd(string file)
    {
        if (file.Contains("://", StringComparison.Ordinal))
        {
            return Url(file, "nbd");
        }

        var parts = file.Split(':');
        string? export = parts.Length > 0 && parts[^1].StartsWith("exportname=", StringComparison.Ordinal) ? parts[^1]["exportname=".Length..] : null;
        var count = parts.Length - (export is null ? 0 : 1);
        if (count == 3 && parts[1] == "unix")
        {
            return Network("nbd", export, new NetworkHost(null, null, "unix", parts[2]));
        }

        return count == 3 ? Network("nbd", export, new NetworkHost(parts[1], parts[2], null, null)) : null;
    }

    // rbd:pool/image[@snap][:key=value]... where mon_host lists host[:port] separated by ';'.
    private static DiskSource? Rbd(string spec)
    {
        var options = MergeValueColons(SplitUnescaped(spec, ':'));
        var image = options[0];
        var extra = new List<GenericNode>();
        var at = image.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            extra.Add(NodeBuilder.Element("snapshot", ("name", image[(at + 1)..])));
            image = image[..at];
        }

        var hosts = new List<NetworkHost>();
        string? user = null;
        foreach (var opt in options.Skip(1))
        {
            var eq = opt.IndexOf('=', StringComparison.Ordinal);
            var (key, value) = eq < 0 ? (opt, string.Empty) : (opt[..eq], opt[(eq + 1)..]);
            switch (key)
            {
                case "id":
                    user = value;
                    break;
                case "mon_host":
                    hosts.AddRange(value.Split(';').Select(HostPort));
                    break;
                case "conf":
                    extra.Add(NodeBuilder.Element("config", ("file", value)));
                    break;
            }
        }

        var source = Network("rbd", image, [.. hosts]) with { Extra = extra.ToEquatableArray() };
        return user is null ? source : source with { Auth = new DiskAuth(user, "ceph", SecretUsage, null) };
    }

    /// <summary>The secret usage name for credentials found in a command line (the secret itself cannot go into domain XML).</summary>
    public const string SecretUsage = "qemuargv2xml_usage";

    // iscsi://[user[%password]@]host[:port]/target/lun; the lun defaults to 0.
    private static DiskSource? Iscsi(string file)
    {
        var source = Url(file, "iscsi");
        if (source?.Path is not { } path)
        {
            return null;
        }

        var name = Uri.UnescapeDataString(path);
        if (!name.Contains('/', StringComparison.Ordinal))
        {
            name += "/0";
        }

        var authority = file["iscsi://".Length..].Split('/')[0];
        var atSign = authority.LastIndexOf('@');
        if (atSign > 0)
        {
            var user = authority[..atSign].Split(':', '%')[0];
            return source with { Path = name, Auth = new DiskAuth(user, "iscsi", SecretUsage, null) };
        }

        return source with { Path = name };
    }

    // sheepdog:[host:port:]image
    private static DiskSource? Sheepdog(string file)
    {
        if (file.Contains("://", StringComparison.Ordinal))
        {
            return Url(file, "sheepdog");
        }

        var parts = file.Split(':', 4);
        return parts.Length switch
        {
            2 => Network("sheepdog", parts[1]),
            4 => Network("sheepdog", parts[3], new NetworkHost(parts[1], parts[2], null, null)),
            _ => null,
        };
    }

    // scheme[+transport]://[user@]host[:port]/path[?socket=/sock]
    private static DiskSource? Url(string file, string protocol)
    {
        if (!Uri.TryCreate(file, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var plus = uri.Scheme.IndexOf('+', StringComparison.Ordinal);
        var transport = plus < 0 ? null : uri.Scheme[(plus + 1)..];
        var name = uri.AbsolutePath.TrimStart('/');
        if (protocol is "http" or "https" or "ftp" or "ftps" or "tftp")
        {
            name = uri.AbsolutePath;
        }

        NetworkHost host;
        if (transport == "unix")
        {
            var socket = System.Web.HttpUtility.ParseQueryString(uri.Query)["socket"];
            host = new NetworkHost(null, null, "unix", socket);
        }
        else
        {
            host = new NetworkHost(uri.Host.Trim('[', ']'), uri.IsDefaultPort || uri.Port < 0 ? null : uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), transport, null);
        }

        var query = protocol is "http" or "https" && uri.Query.Length > 1 ? uri.Query[1..] : null;
        return Network(protocol, name.Length == 0 ? null : name, host) with { Query = query };
    }

    public static NetworkHost HostPort(string text)
    {
        // [v6]:port, v6 without brackets cannot carry a port; host:port otherwise.
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            var port = close + 1 < text.Length && text[close + 1] == ':' ? text[(close + 2)..] : null;
            return new NetworkHost(text[1..close], port, null, null);
        }

        var colon = text.LastIndexOf(':');
        return colon > 0 ? new NetworkHost(text[..colon], text[(colon + 1)..], null, null) : new NetworkHost(text, null, null, null);
    }

    // libvirt wrote mon_host=a:1;b:2 without escaping the port colons: a part without '=' continues the value before it.
    private static List<string> MergeValueColons(List<string> parts)
    {
        var merged = new List<string> { parts[0] };
        foreach (var part in parts.Skip(1))
        {
            if (merged.Count > 1 && !part.Contains('=', StringComparison.Ordinal))
            {
                merged[^1] += ":" + part;
            }
            else
            {
                merged.Add(part);
            }
        }

        return merged;
    }

    // rbd options are separated by ':' except inside [v6] brackets and after a backslash.
    private static List<string> SplitUnescaped(string text, char separator)
    {
        var parts = new List<string>();
        var current = new System.Text.StringBuilder();
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                current.Append(text[++i]);
                continue;
            }

            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (c == separator && depth == 0)
            {
                parts.Add(current.ToString());
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        parts.Add(current.ToString());
        return parts;
    }
}
