namespace Qconv.Compiler.Ir;

/// <summary>&lt;interface&gt;&lt;backend type= tap= vhost= logFile=&gt;: host-side devices and the passt backend.</summary>
public sealed record InterfaceBackend
{
    /// <summary><c>passt</c> for a user interface served by passt; null = the default (slirp).</summary>
    public string? Type { get; init; }

    /// <summary>Path of the tun device to open instead of /dev/net/tun.</summary>
    public string? Tap { get; init; }

    /// <summary>Path of the vhost-net device to open instead of /dev/vhost-net.</summary>
    public string? Vhost { get; init; }

    /// <summary>passt's log file.</summary>
    public string? LogFile { get; init; }

    /// <summary>Attributes no field above covers, in document order.</summary>
    public EquatableArray<Attr> ExtraAttributes { get; init; } = EquatableArray<Attr>.Empty;
}
