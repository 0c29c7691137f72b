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
    public static ChardevSource? Parse(string spec, string deviceKind)
    {
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        var (kind, rest) = colon < 0 ? (spec, string.Empty) : (spec[..colon], spec[(colon + 1)..]);
        if (spec.StartsWith("/dev/", StringComparison.Ordinal))
        {
            return Dev(spec);
        }

        return kind switch
        {
            "vc" => new ChardevSource { Type = "vc" },
            "pty" or "null" or "stdio" when colon < 0 => new ChardevSource { Type = kind },
            "file" or "pipe" when rest.Length > 0 => new ChardevSource { Type = kind, Path = rest },
            "tcp" or "telnet" => Tcp(kind, rest),
            "unix" => Unix(rest),
            "udp" => Udp(rest),
            _ => deviceKind == "parallel" && spec.StartsWith("/dev/parport", StringComparison.Ordinal) ? Dev(spec) : null,
        };
    }

    private static ChardevSource Dev(string path) => new() { Type = "dev", Path = path };

    private static ChardevSource? Tcp(string kind, string rest)
    {
        var parts = rest.Split(',');
        var (host, port) = HostPort(parts[0]);
        if (port is null)
        {
            return null;
        }

        var server = parts.Skip(1).Contains("server");
        return new ChardevSource { Type = "tcp", Host = host, Service = port, Listen = server, Protocol = kind == "telnet" ? "telnet" : "raw" };
    }

    private static ChardevSource? Unix(string rest)
    {
        var parts = rest.Split(',');
        if (parts[0].Length == 0)
        {
            return null;
        }

        var server = parts.Skip(1).Contains("server");
        return new ChardevSource { Type = "unix", Path = parts[0], Listen = server };
    }

    // udp:[remote_host]:remote_port[@[src_ip]:src_port]; libvirt lists the local (bind) end first.
    private static ChardevSource? Udp(string rest)
    {
        var at = rest.IndexOf('@', StringComparison.Ordinal);
        var (remoteHost, remotePort) = HostPort(at < 0 ? rest : rest[..at]);
        if (remotePort is null)
        {
            return null;
        }

        var src = new ChardevSource { Type = "udp", Host = remoteHost, Service = remotePort };
        if (at >= 0)
        {
            var (localHost, localPort) = HostPort(rest[(at + 1)..]);
            src = src with { BindHost = localHost, BindService = localPort == "0" ? null : localPort };
        }

        return src;
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
