namespace Qconv.Compiler.Ir;

/// <summary>
/// &lt;driver&gt;&lt;host&gt; or &lt;driver&gt;&lt;guest&gt; of an interface: the virtio-net offload switches
/// (on/off, kept as written; <c>gso</c> and <c>mrg_rxbuf</c> exist only on the host side).
/// </summary>
public sealed record OffloadSwitches
{
    public string? Csum { get; init; }

    public string? Gso { get; init; }

    public string? Tso4 { get; init; }

    public string? Tso6 { get; init; }

    public string? Ecn { get; init; }

    public string? Ufo { get; init; }

    public string? MrgRxbuf { get; init; }

    /// <summary>Attributes no field above covers, in document order.</summary>
    public EquatableArray<Attr> ExtraAttributes { get; init; } = EquatableArray<Attr>.Empty;
}
