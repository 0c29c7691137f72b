using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Ir;

/// <summary>
/// &lt;video&gt;&lt;model type=...&gt;: a display adapter (https://libvirt.org/formatdomain.html#video-devices).
/// Sizes are in KiB as in the XML.
/// </summary>
public sealed record Video : Device, IAliasedDevice, IPciDevice
{
    public override string ElementName => "video";

    /// <summary>vga, cirrus, vmvga, xen, vbox, qxl, parallels, virtio, gop, none, bochs, ramfb; null = the default.</summary>
    public string? Type { get; init; }

    public int? Ram { get; init; }

    public int? Vram { get; init; }

    public int? Vram64 { get; init; }

    public int? VgaMem { get; init; }

    public int? Heads { get; init; }

    public bool? Primary { get; init; }

    public bool? Accel3d { get; init; }

    public bool? Accel2d { get; init; }

    public string? RenderNode { get; init; }

    public int? ResolutionX { get; init; }

    public int? ResolutionY { get; init; }

    /// <summary>&lt;driver name='qemu|vhostuser'&gt;: vhostuser runs the GPU in an external process.</summary>
    public string? Backend { get; init; }

    /// <summary>virtio: &lt;model blob='on|off'&gt;.</summary>
    public bool? Blob { get; init; }

    public VirtioOptions Virtio { get; init; } = VirtioOptions.None;

    /// <summary>ramfb is a platform device and 'none' is no device at all; every other model sits on PCI.</summary>
    public bool WantsPci(Domain domain) => Type is not ("none" or "ramfb");

    public string? DefaultAlias(Func<string, string> next) => next("video");
}
