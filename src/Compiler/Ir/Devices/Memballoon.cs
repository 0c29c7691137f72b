namespace Qconv.Compiler.Ir;

/// <summary>&lt;memballoon model='virtio|virtio-transitional|virtio-non-transitional|none'&gt;.</summary>
public sealed record Memballoon : Device
{
    public override string ElementName => "memballoon";

    public required string Model { get; init; }

    public string? AutoDeflate { get; init; }

    public string? FreePageReporting { get; init; }

    public int? StatsPeriod { get; init; }

    public EquatableArray<Attr> Driver { get; init; } = EquatableArray<Attr>.Empty;
}
