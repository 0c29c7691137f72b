namespace Qconv.Compiler.Ir;

/// <summary>
/// libvirt's qemu namespace settings that tune the generated command line rather than append to
/// it: &lt;qemu:deprecation behavior=&gt; and &lt;qemu:override&gt;&lt;qemu:device alias=&gt; frontend properties.
/// </summary>
public sealed record QemuTuning
{
    /// <summary><c>none</c>, <c>omit</c>, <c>reject</c> or <c>crash</c>; null when not given.</summary>
    public string? Deprecation { get; init; }

    public EquatableArray<QemuDeviceOverride> Devices { get; init; } = EquatableArray<QemuDeviceOverride>.Empty;

    /// <summary>&lt;qemu:capabilities&gt;&lt;qemu:add capability=&gt;: QEMU capabilities forced on in libvirt's probing.</summary>
    public EquatableArray<string> CapabilitiesAdded { get; init; } = EquatableArray<string>.Empty;

    /// <summary>&lt;qemu:capabilities&gt;&lt;qemu:del capability=&gt;: QEMU capabilities forced off.</summary>
    public EquatableArray<string> CapabilitiesRemoved { get; init; } = EquatableArray<string>.Empty;

    public bool IsEmpty => Deprecation is null && Devices.IsEmpty && CapabilitiesAdded.IsEmpty && CapabilitiesRemoved.IsEmpty;
}

/// <summary>Properties forced onto the <c>-device</c> with id <see cref="Alias"/>, in order (type 'remove' deletes one).</summary>
public sealed record QemuDeviceOverride(string Alias, EquatableArray<QemuPropertyOverride> Properties);

/// <summary>One &lt;qemu:property name= type='string|signed|unsigned|bool|remove' value=&gt;.</summary>
public sealed record QemuPropertyOverride(string Name, string Type, string? Value);
