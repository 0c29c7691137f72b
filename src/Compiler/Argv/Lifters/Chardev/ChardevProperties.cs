using System.Globalization;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Chardev;

/// <summary>
/// <c>-chardev BACKEND,id=X,...</c> (docs/system/invocation "Character device options") as a
/// <see cref="ChardevSource"/>, the mirror of to-native's ChardevBackend: socket (host/port or path,
/// server, telnet, reconnect, tls-creds), udp, file (append), pipe, pty, vc, null, stdio, serial/tty/
/// parallel devices, spicevmc/spiceport/dbus/qemu-vdagent, logfile. Null for backends without an XML form.
/// </summary>
public static class ChardevProperties
{
    public static readonly string[] Keys =
    [
        "backend", "id", "path", "host", "port", "server", "wait", "telnet", "nodelay", "localaddr", "localport",
        "logfile", "logappend", "mux", "name", "append", "fd", "reconnect", "tls-creds", "clipboard", "mouse",
    ];

    /// <summary>The path QEMU gets for a descriptor libvirt passed with <c>-add-fd</c>: the file's own path is not on the command line.</summary>
    public static bool IsFdSet(string? path) => path?.StartsWith("/dev/fdset/", StringComparison.Ordinal) == true;

    public static ChardevSource? Read(PropertyBag p)
    {
        var server = p.GetBool("server") == true;
        var backend = p.GetString("backend");
        var src = backend switch
        {
            "socket" when p.GetString("path") is { } path => new ChardevSource { Type = "unix", Path = path, Listen = server },

            // A listening socket libvirt opened itself (qemuOpenChrChardevUNIXSocket): only its descriptor is given.
            "socket" when p.GetString("fd") is { } fd => new ChardevSource { Type = "unix", Path = "/dev/fd/" + fd, Listen = server },
            "socket" => new ChardevSource
            {
                Type = "tcp",
                Host = p.GetString("host"),
                Service = p.GetString("port"),
                Listen = server,
                Protocol = p.GetBool("telnet") == true ? "telnet" : "raw",
                // With chardev_tls in qemu.conf every TCP chardev would get TLS: say what this one does.
                Tls = p.GetString("tls-creds") is not null,
            },
            "udp" => new ChardevSource
            {
                Type = "udp",
                Host = p.GetString("host") is { Length: > 0 } h ? h : null,
                Service = p.GetString("port"),
                BindHost = p.GetString("localaddr") is { Length: > 0 } la ? la : null,
                BindService = p.GetString("localport") is { Length: > 0 } lp && lp != "0" ? lp : null,
            },
            "file" when p.GetString("path") is { } path =>
                new ChardevSource { Type = "file", Path = path, Append = IsFdSet(path) ? null : p.GetBool("append") },
            "pipe" when p.GetString("path") is { } path => new ChardevSource { Type = "pipe", Path = path },
            "serial" or "tty" or "parallel" or "parport" when p.GetString("path") is { } path => new ChardevSource { Type = "dev", Path = path },
            "pty" or "vc" or "null" or "stdio" => new ChardevSource { Type = backend },
            "spicevmc" or "spiceport" or "dbus" => new ChardevSource { Type = backend, Channel = p.GetString("name") },
            "qemu-vdagent" => new ChardevSource
            {
                Type = backend,
                Clipboard = p.GetBool("clipboard"),
                MouseMode = p.GetBool("mouse") is { } m ? (m ? "client" : "server") : null,
            },
            _ => null,
        };
        if (src is null)
        {
            return null;
        }

        if (p.GetString("reconnect") is { } rc && int.TryParse(rc, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            src = src with { ReconnectEnabled = seconds > 0, ReconnectTimeout = seconds > 0 ? seconds : null };
        }

        if (p.GetString("logfile") is { } log)
        {
            src = src with { LogFile = log, LogAppend = IsFdSet(log) ? null : p.GetBool("logappend") };
        }

        return src;
    }
}
