namespace Qconv.Compiler.Ir;

/// <summary>
/// &lt;teaming type='persistent|transient' persistent='ALIAS'&gt;: a virtio NIC paired with a hostdev for
/// failover (https://libvirt.org/formatdomain.html#teaming-a-virtio-hostdev-nic-pair).
/// </summary>
public sealed record Teaming
{
    public string? Type { get; init; }

    /// <summary>On a transient (hostdev) member: the alias of its persistent virtio partner.</summary>
    public string? Persistent { get; init; }

    /// <summary>Attributes no field above covers, in document order.</summary>
    public EquatableArray<Attr> ExtraAttributes { get; init; } = EquatableArray<Attr>.Empty;
}
