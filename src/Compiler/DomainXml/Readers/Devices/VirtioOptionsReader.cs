using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>The virtio attributes of a device's &lt;driver&gt; element (iommu, ats, packed, page_per_vq).</summary>
public static class VirtioOptionsReader
{
    public static VirtioOptions Read(XElement? driver, XmlReadContext ctx) => driver is null
        ? VirtioOptions.None
        : new VirtioOptions
        {
            Iommu = ctx.Bool(driver, "iommu"),
            Ats = ctx.Bool(driver, "ats"),
            Packed = ctx.Bool(driver, "packed"),
            PagePerVq = ctx.Bool(driver, "page_per_vq"),
        };
}
