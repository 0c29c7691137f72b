namespace Qconv.Compiler.Ir;

/// <summary>
/// &lt;iommu model='intel|smmuv3|virtio'&gt; with its &lt;driver&gt; options
/// (https://libvirt.org/formatdomain.html#iommu-devices).
/// </summary>
public sealed record Iommu : Device
{
    public override string ElementName => "iommu";

    public required string Model { get; init; }

    public bool? InterruptRemapping { get; init; }

    public bool? CachingMode { get; init; }

    public bool? Eim { get; init; }

    public bool? DeviceIotlb { get; init; }

    public int? AwBits { get; init; }

    public bool? BootBypass { get; init; }
}
