using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>The virtio &lt;driver iommu= ats= packed= page_per_vq=&gt; attributes shared by virtio devices.</summary>
public static class VirtioOptionsWriter
{
    public static (string, string?)[] Attrs(VirtioOptions v) =>
    [
        ("iommu", v.Iommu is { } i ? OnOff(i) : null),
        ("ats", v.Ats is { } a ? OnOff(a) : null),
        ("packed", v.Packed is { } p ? OnOff(p) : null),
        ("page_per_vq", v.PagePerVq is { } q ? OnOff(q) : null),
    ];

    public static void WriteDriver(XmlTextBuilder x, VirtioOptions v) => x.Element("driver", _ => { }, Attrs(v));
}
