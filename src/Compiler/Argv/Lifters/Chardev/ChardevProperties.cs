using Qconv.Compiler.Argv.Values;

namespace Qconv.Compiler.Argv.Lifters.Chardev;

/// <summary>
/// <c>-chardev BACKEND,id=X,...</c> (docs/system/invocation "Character device options") as a
/// <see cref="CharSource"/>: socket (host/port or path, server, telnet), udp, file, pipe, pty, vc,
/// null, stdio, serial/tty/parallel devices, spicevmc/spiceport. Null for backends without an XML form.
/// </summary>
public static class ChardevProperties
{
    public static readonly string[] Keys =
    [
        "backend", "id", "path", "host", "port", "server", "wait", "telnet", "nodelay", "localaddr", "localport",
        "logfile", "logappend", "mux", "name", "append", "fd", "reconnect",
    ];

    public static CharSource? Read(PropertyBag p)
    {
        var server = p.GetBool("server") == true;
        return p.GetString("backend") switch
        {
            "socket" when p.GetString("path") is { } path =>
                CharSource.Of("unix", NodeBuilder.Element("source", ("mode", server ? "bind" : "connect"), ("path", path))),
            "socket" => CharSource.Of(
                "tcp",
                CharSource.Socket(server, p.GetString("host"), p.GetString("port")),
                NodeBuilder.Element("protocol", ("type", p.GetBool("telnet") == true ? "telnet" : "raw"))),
            "udp" => CharSource.Of(
                "udp",
                p.GetString("localaddr") is not null || p.GetString("localport") is not null
                    ? NodeBuilder.Element("source", ("mode", "bind"), ("host", p.GetString("localaddr")), ("service", p.GetString("localport")))
                    : null,
                NodeBuilder.Element("source", ("mode", "connect"), ("host", p.GetString("host")), ("service", p.GetString("port")))),
            "file" or "pipe" when p.GetString("path") is { } path => CharSource.Of(p.GetString("backend")!, CharSource.Path(path)),
            "serial" or "tty" or "parallel" or "parport" when p.GetString("path") is { } path => CharSource.Of("dev", CharSource.Path(path)),
            "pty" or "vc" or "null" or "stdio" => CharSource.Of(p.GetString("backend")!),
            "spicevmc" => CharSource.Of("spicevmc"),
            "spiceport" => CharSource.Of("spiceport", NodeBuilder.Element("source", ("channel", p.GetString("name")))),
            _ => null,
        };
    }
}
