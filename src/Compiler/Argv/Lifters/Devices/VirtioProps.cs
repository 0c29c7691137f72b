using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// The virtio transport options any virtio <c>-device</c> may carry (qemuBuildVirtioOptionsProps):
/// <c>iommu_platform</c>, <c>ats</c>, <c>packed</c>, <c>page-per-vq</c> → &lt;driver iommu= ats= packed= page_per_vq=&gt;
/// (https://libvirt.org/formatdomain.html#virtio-related-options).
/// </summary>
public static class VirtioProps
{
    private static readonly (string Prop, string Attr)[] Map =
        [("iommu_platform", "iommu"), ("ats", "ats"), ("packed", "packed"), ("page-per-vq", "page_per_vq")];

    public static readonly string[] Keys = [.. Map.Select(m => m.Prop)];

    public static VirtioOptions Read(PropertyBag p) => new()
    {
        Iommu = p.GetBool("iommu_platform"),
        Ats = p.GetBool("ats"),
        Packed = p.GetBool("packed"),
        PagePerVq = p.GetBool("page-per-vq"),
    };

    /// <summary>The options as &lt;driver&gt; attributes (<c>on</c>/<c>off</c>), for families written as generic nodes.</summary>
    public static IEnumerable<Attr> Attributes(PropertyBag p)
    {
        foreach (var (prop, attr) in Map)
        {
            if (p.GetBool(prop) is { } b)
            {
                yield return new(attr, b ? "on" : "off");
            }
        }
    }
}
