using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Ir;

/// <summary>
/// &lt;serial&gt;, &lt;parallel&gt;, &lt;console&gt; and &lt;channel&gt; (libvirt's virDomainChrDef): a guest
/// character device and its host <see cref="Source"/>. https://libvirt.org/formatdomain.html#consoles-serial-parallel-channel-devices
/// </summary>
public sealed record CharDevice : Device, IAliasedDevice, IPciDevice
{
    /// <summary>The element name: <c>serial</c>, <c>parallel</c>, <c>console</c> or <c>channel</c>.</summary>
    public required string Kind { get; init; }

    public override string ElementName => Kind;

    public required ChardevSource Source { get; init; }

    /// <summary>&lt;target type=&gt;: isa-serial/usb-serial/pci-serial/isa-debug/..., serial/virtio/sclp for consoles, virtio/guestfwd/xen for channels.</summary>
    public string? TargetType { get; init; }

    /// <summary>&lt;target&gt;&lt;model name=&gt; (the QEMU device of a serial port).</summary>
    public string? TargetModel { get; init; }

    /// <summary>&lt;target port=&gt; (serial/parallel/console index, guestfwd port).</summary>
    public int? TargetPort { get; init; }

    /// <summary>virtio channel &lt;target name=&gt;.</summary>
    public string? TargetName { get; init; }

    /// <summary>guestfwd &lt;target address=&gt;.</summary>
    public string? TargetAddress { get; init; }

    /// <summary>True for a console that only mirrors serial0 (libvirt's compat console), so it emits nothing itself.</summary>
    public bool IsSerialCompat { get; init; }

    public string? DefaultAlias(Func<string, string> next) => Kind switch
    {
        "console" when IsSerialCompat => "serial0",
        "channel" or "console" or "serial" or "parallel" => next(Kind),
        _ => null,
    };

    public bool WantsPci(Domain domain) => Kind == "serial" && TargetType == "pci-serial";
}
