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

    /// <summary>From a device's &lt;driver&gt; attributes kept as a list (on/off values).</summary>
    public static VirtioOptions FromAttributes(IEnumerable<Attr> driver)
    {
        bool? Get(string name) => driver.Where(kv => kv.Key == name).Select(kv => kv.Value switch
        {
            "on" or "yes" => (bool?)true,
            "off" or "no" => false,
            _ => null,
        }).FirstOrDefault();
        var o = new VirtioOptions { Iommu = Get("iommu"), Ats = Get("ats"), Packed = Get("packed"), PagePerVq = Get("page_per_vq") };
        return o.IsEmpty ? None : o;
    }
}
