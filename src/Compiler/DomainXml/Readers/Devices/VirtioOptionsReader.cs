using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>iommu/ats/packed/page_per_vq on a virtio device's &lt;driver&gt; (https://libvirt.org/formatdomain.html#virtio-related-options).</summary>
public static class VirtioOptionsReader
{
    public static VirtioOptions Read(XElement? driver, XmlReadContext ctx)
    {
        if (driver is null)
        {
            return VirtioOptions.None;
        }

        var o = new VirtioOptions
        {
            Iommu = ctx.Bool(driver, "iommu"),
            Ats = ctx.Bool(driver, "ats"),
            Packed = ctx.Bool(driver, "packed"),
            PagePerVq = ctx.Bool(driver, "page_per_vq"),
        };
        return o.IsEmpty ? VirtioOptions.None : o;
    }
}
