using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>&lt;iommu&gt; (https://libvirt.org/formatdomain.html#iommu-devices).</summary>
public sealed class IommuReader : IDeviceReader
{
    public string ElementName => "iommu";

    public Device? Read(XElement e, XmlReadContext ctx)
    {
        var model = ctx.Enum(e, "model", "intel", "smmuv3", "virtio");
        if (model is null)
        {
            return null;
        }

        var d = e.Element("driver");
        return new Iommu
        {
            Model = model,
            InterruptRemapping = d is null ? null : ctx.Bool(d, "intremap"),
            CachingMode = d is null ? null : ctx.Bool(d, "caching_mode"),
            Eim = d is null ? null : ctx.Bool(d, "eim"),
            DeviceIotlb = d is null ? null : ctx.Bool(d, "iotlb"),
            AwBits = d is null ? null : ctx.Int(d, "aw_bits", 1),
            BootBypass = d is null ? null : ctx.Bool(d, "boot_bypass"),
        };
    }
}
