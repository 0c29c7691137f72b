using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Chardev;

/// <summary>
/// The one-word character device specs of <c>-serial</c>, <c>-parallel</c> and <c>-monitor</c>
/// (docs/system/invocation "-serial dev"; QEMU's qemu_chr_parse_compat): <c>vc</c>, <c>pty</c>,
/// <c>null</c>, <c>stdio</c>, <c>file:path</c>, <c>pipe:path</c>, <c>/dev/...</c>,
/// <c>tcp:[host]:port[,server][,nowait][,nodelay]</c>, <c>telnet:...</c>, <c>unix:path[,server]</c>,
/// <c>udp:[remote]:port[@[local]:port]</c>. Returns null for a spec it does not know.
/// </summary>
public static class LegacyCharSpec
{
    public static CharSource? Parse(string spec, string deviceKind)
    {
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        var (kind, rest) = colon < 0 ? (spec, string.Empty) : (spec[..colon], spec[(colon + 1)..]);
        if (spec.StartsWith("/dev/", StringComparison.Ordinal))
        {
            return CharSource.Of("dev", CharSource.Path(spec));
        }

        return kind switch
        {
            "vc" => CharSource.Of("vc"),
            "pty" or "null" or "stdio" when colon < 0 => CharSource.Of(kind),
            "file" or "pipe" when rest.Length > 0 => CharSource.Of(kind, CharSource.Path(rest)),
            "tcp" or "telnet" => Tcp(kind, rest),
            "unix" => Unix(rest),
            "udp" => Udp(rest),
            _ => deviceKind == "parallel" && spec.StartsWith("/dev/parport", StringComparison.Ordinal) ? CharSource.Of("dev", CharSource.Path(spec)) : null,
        };
    }

    private static CharSource? Tcp(string kind, string rest)
    {
        var parts = rest.Split(',');
        var (host, port) = HostPort(parts[0]);
        if (port is null)
        {
            return null;
        }

        var server = parts.Skip(1).Contains("server");
        return CharSource.Of("tcp", CharSource.Socket(server, host, port), NodeBuilder.Element("protocol", ("type", kind == "telnet" ? "telnet" : "raw")));
    }

    private static CharSource? Unix(string rest)
    {
        var parts = rest.Split(',');
        if (parts[0].Length == 0)
        {
            return null;
        }

        var server = parts.Skip(1).Contains("server");
        return CharSource.Of("unix", NodeBuilder.Element("source", ("mode", server ? "bind" : "connect"), ("path", parts[0])));
    }

    // udp:[remote_host]:remote_port[@[src_ip]:src_port]; libvirt lists the local (bind) end first.
    private static CharSource? Udp(string rest)
    {
        var at = rest.IndexOf('@', StringComparison.Ordinal);
        var (remoteHost, remotePort) = HostPort(at < 0 ? rest : rest[..at]);
        if (remotePort is null)
        {
            return null;
        }

        GenericNode? bind = null;
        if (at >= 0)
        {
            var (localHost, localPort) = HostPort(rest[(at + 1)..]);
            if (localHost is not null || (localPort is not null && localPort != "0"))
            {
                bind = NodeBuilder.Element("source", ("mode", "bind"), ("host", localHost), ("service", localPort == "0" ? null : localPort));
            }
        }

        return CharSource.Of("udp", bind, NodeBuilder.Element("source", ("mode", "connect"), ("host", remoteHost), ("service", remotePort)));
    }

    private static (string? Host, string? Port) HostPort(string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon < 0)
        {
            return (null, null);
        }

        var host = text[..colon].Trim('[', ']');
        var port = text[(colon + 1)..];
        return (host.Length == 0 ? null : host, port.Length == 0 ? null : port);
    }
}
