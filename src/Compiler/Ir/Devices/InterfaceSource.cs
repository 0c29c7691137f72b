namespace Qconv.Compiler.Ir;

/// <summary>
/// &lt;interface&gt;&lt;source&gt;: where the NIC's traffic goes; which attributes apply depends on the
/// interface type (network, bridge, direct dev/mode, vhost-user socket, socket address/port, vDPA dev).
/// Values kept as written; null = not specified.
/// </summary>
public sealed record InterfaceSource
{
    /// <summary>vhost-user: the socket type (<c>unix</c>).</summary>
    public string? Type { get; init; }

    /// <summary>vhost-user: the socket path.</summary>
    public string? Path { get; init; }

    public string? Network { get; init; }

    public string? PortGroup { get; init; }

    public string? PortId { get; init; }

    public string? Bridge { get; init; }

    /// <summary>direct: the host NIC; vdpa: the vhost-vdpa character device; user: passt's interface.</summary>
    public string? Dev { get; init; }

    /// <summary>direct: macvtap mode; vhost-user: <c>server</c> or <c>client</c>.</summary>
    public string? Mode { get; init; }

    /// <summary>server/client/mcast/udp sockets.</summary>
    public string? Address { get; init; }

    public string? Port { get; init; }

    /// <summary>udp: &lt;local address= port=&gt;.</summary>
    public InterfaceSourceLocal? Local { get; init; }

    /// <summary>Attributes no field above covers, in document order.</summary>
    public EquatableArray<Attr> ExtraAttributes { get; init; } = EquatableArray<Attr>.Empty;
}
