using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>
/// &lt;iommu&gt; (virDomainIOMMUDefFormat, https://libvirt.org/formatdomain.html#iommu-devices): the
/// &lt;driver&gt; options that were set, then alias and address; self-closed when there are none.
/// </summary>
public sealed class IommuWriter : IDeviceWriter
{
    public string ElementName => "iommu";

    public void Write(XmlTextBuilder x, Device device)
    {
        var i = (Iommu)device;
        x.Element(
            "iommu",
            inner =>
            {
                inner.Element(
                    "driver",
                    _ => { },
                    ("intremap", OnOffOrNull(i.InterruptRemapping)), ("caching_mode", OnOffOrNull(i.CachingMode)),
                    ("eim", OnOffOrNull(i.Eim)), ("iotlb", OnOffOrNull(i.DeviceIotlb)), ("aw_bits", Str(i.AwBits)),
                    ("boot_bypass", OnOffOrNull(i.BootBypass)));
                DeviceInfoWriter.Write(inner, i.Info);
            },
            ("model", i.Model));
    }

    private static string? OnOffOrNull(bool? b) => b is { } v ? OnOff(v) : null;
}
