namespace Qconv.Compiler.Ir;

/// <summary>
/// The generic virtio &lt;driver&gt; options every virtio device accepts
/// (https://libvirt.org/formatdomain.html#virtio-related-options): iommu, ats, packed, page_per_vq.
/// Null means "QEMU's default".
/// </summary>
public sealed record VirtioOptions(bool? Iommu, bool? Ats, bool? Packed, bool? PagePerVq)
{
    public static VirtioOptions None { get; } = new(null, null, null, null);

    public bool IsEmpty => Iommu is null && Ats is null && Packed is null && PagePerVq is null;

    /// <summary>From &lt;driver&gt; attributes kept verbatim (on/off values).</summary>
    public static VirtioOptions FromAttributes(IEnumerable<KeyValuePair<string, string>> driver)
    {
        bool? Get(string name) => driver.Where(kv => kv.Key == name).Select(kv => (bool?)(kv.Value == "on")).FirstOrDefault();
        var attrs = driver.ToList();
        return attrs.Count == 0 ? None : new VirtioOptions(Get("iommu"), Get("ats"), Get("packed"), Get("page_per_vq"));
    }
}
