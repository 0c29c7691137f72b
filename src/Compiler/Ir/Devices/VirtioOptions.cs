namespace Qconv.Compiler.Ir;

/// <summary>
/// The &lt;driver iommu= ats= packed= page_per_vq=&gt; settings every virtio device may carry
/// (https://libvirt.org/formatdomain.html#virtio-related-options).
/// </summary>
public sealed record VirtioOptions
{
    public static VirtioOptions None { get; } = new();

    public bool? Iommu { get; init; }

    public bool? Ats { get; init; }

    public bool? Packed { get; init; }

    public bool? PagePerVq { get; init; }
}
