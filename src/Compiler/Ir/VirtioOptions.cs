namespace Qconv.Compiler.Ir;

/// <summary>
/// The virtio transport options libvirt accepts on the &lt;driver&gt; of every virtio device
/// (https://libvirt.org/formatdomain.html#virtio-related-options): null = not specified.
/// </summary>
public sealed record VirtioOptions
{
    public static VirtioOptions None { get; } = new();

    public bool? Iommu { get; init; }

    public bool? Ats { get; init; }

    public bool? Packed { get; init; }

    public bool? PagePerVq { get; init; }

    public bool IsEmpty => Iommu is null && Ats is null && Packed is null && PagePerVq is null;
}
