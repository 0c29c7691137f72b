namespace Qconv.Compiler.Ir;

/// <summary>&lt;input type='mouse|keyboard|tablet|passthrough|evdev' bus='ps2|usb|virtio|xen'&gt;.</summary>
public sealed record Input : Device
{
    public override string ElementName => "input";

    public required string Type { get; init; }

    public string? Bus { get; init; }

    public string? Model { get; init; }

    /// <summary>&lt;source evdev=... dev=... grab= repeat= grabToggle=&gt; attributes.</summary>
    public EquatableArray<KeyValuePair<string, string>> Source { get; init; } = EquatableArray<KeyValuePair<string, string>>.Empty;

    public EquatableArray<KeyValuePair<string, string>> Driver { get; init; } = EquatableArray<KeyValuePair<string, string>>.Empty;
}
