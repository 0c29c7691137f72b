namespace Qconv.Compiler.Ir;

/// <summary>
/// The host side of a character device (libvirt's virDomainChrSourceDef): what a serial port,
/// parallel port, console, channel, smartcard, redirdev or vhost-user socket is connected to.
/// https://libvirt.org/formatdomain.html#relationship-between-serial-ports-and-consoles
/// </summary>
public sealed record ChardevSource
{
    /// <summary><c>null</c>, <c>vc</c>, <c>pty</c>, <c>dev</c>, <c>file</c>, <c>pipe</c>, <c>stdio</c>, <c>udp</c>, <c>tcp</c>, <c>unix</c>, <c>spicevmc</c>, <c>spiceport</c>, <c>nmdm</c>, <c>qemu-vdagent</c>, <c>dbus</c>.</summary>
    public required string Type { get; init; }

    /// <summary>dev/file/pipe/unix path.</summary>
    public string? Path { get; init; }

    /// <summary>file: append=on|off (null = not given).</summary>
    public bool? Append { get; init; }

    /// <summary>tcp/unix: true when QEMU listens (mode='bind').</summary>
    public bool Listen { get; init; }

    /// <summary>tcp host / udp connect host.</summary>
    public string? Host { get; init; }

    /// <summary>tcp service / udp connect service.</summary>
    public string? Service { get; init; }

    /// <summary>udp bind host.</summary>
    public string? BindHost { get; init; }

    /// <summary>udp bind service.</summary>
    public string? BindService { get; init; }

    /// <summary>&lt;protocol type='raw|telnet|telnets|tls'&gt; of a tcp source.</summary>
    public string? Protocol { get; init; }

    /// <summary>&lt;source tls='yes|no'&gt; (null = qemu.conf chardev_tls decides).</summary>
    public bool? Tls { get; init; }

    /// <summary>&lt;reconnect enabled= timeout=&gt;.</summary>
    public bool? ReconnectEnabled { get; init; }

    public int? ReconnectTimeout { get; init; }

    /// <summary>spicevmc channel name (<c>vdagent</c>, <c>smartcard</c>, <c>usbredir</c>) or spiceport/dbus channel.</summary>
    public string? Channel { get; init; }

    /// <summary>&lt;log file= append=&gt;.</summary>
    public string? LogFile { get; init; }

    public bool? LogAppend { get; init; }

    /// <summary>qemu-vdagent &lt;clipboard copypaste=&gt;.</summary>
    public bool? Clipboard { get; init; }

    /// <summary>qemu-vdagent &lt;mouse mode='client|server'&gt;.</summary>
    public string? MouseMode { get; init; }
}
