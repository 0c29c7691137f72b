using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>Reads the generic virtio options from a device's &lt;driver&gt; element (for any virtio family).</summary>
public static class VirtioOptionsReader
{
    public static VirtioOptions Read(XElement? driver, XmlReadContext ctx) =>
        driver is null
            ? VirtioOptions.None
            : new VirtioOptions(ctx.Bool(driver, "iommu"), ctx.Bool(driver, "ats"), ctx.Bool(driver, "packed"), ctx.Bool(driver, "page_per_vq"));
}
