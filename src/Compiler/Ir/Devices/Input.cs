namespace Qconv.Compiler.Ir;

/// <summary>
/// &lt;input type='mouse|keyboard|tablet|passthrough|evdev' bus='ps2|usb|virtio|xen|none'&gt;
/// (https://libvirt.org/formatdomain.html#input-devices).
/// </summary>
public sealed record Input : Device
{
    public override string ElementName => "input";

    public required string Type { get; init; }

    public string? Bus { get; init; }

    /// <summary>virtio, virtio-transitional, virtio-non-transitional.</summary>
    public string? Model { get; init; }

    /// <summary>The host event device: &lt;source evdev=&gt; (passthrough) or &lt;source dev=&gt; (evdev).</summary>
    public string? SourcePath { get; init; }

    /// <summary>evdev: <c>grab='all'</c>.</summary>
    public string? Grab { get; init; }

    /// <summary>evdev: ctrl-ctrl, alt-alt, shift-shift, meta-meta, scrolllock, ctrl-scrolllock.</summary>
    public string? GrabToggle { get; init; }

    public bool? Repeat { get; init; }

    public VirtioOptions Virtio { get; init; } = VirtioOptions.None;
}
