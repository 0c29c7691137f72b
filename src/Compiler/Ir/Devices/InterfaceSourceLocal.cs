namespace Qconv.Compiler.Ir;

/// <summary>&lt;source&gt;&lt;local address= port=&gt;: the local end of a udp tunnel interface.</summary>
public sealed record InterfaceSourceLocal
{
    public string? Address { get; init; }

    public string? Port { get; init; }

    /// <summary>Attributes no field above covers, in document order.</summary>
    public EquatableArray<Attr> ExtraAttributes { get; init; } = EquatableArray<Attr>.Empty;
}
