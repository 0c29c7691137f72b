using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>&lt;memballoon&gt; (https://libvirt.org/formatdomain.html#memory-balloon-device).</summary>
public sealed class MemballoonReader : IDeviceReader
{
    public string ElementName => "memballoon";

    public Device? Read(XElement e, XmlReadContext ctx)
    {
        var model = ctx.Enum(e, "model", "virtio", "xen", "none", "virtio-transitional", "virtio-non-transitional");
        if (model is null)
        {
            ctx.RequiredAttr(e, "model");
            return null;
        }

        return new Memballoon
        {
            Model = model,
            AutoDeflate = XmlReadContext.Attr(e, "autodeflate"),
            FreePageReporting = XmlReadContext.Attr(e, "freePageReporting"),
            StatsPeriod = e.Element("stats") is { } s ? ctx.Int(s, "period", 0) : null,
            Driver = e.Element("driver") is { } d ? XmlReadContext.Attributes(d) : EquatableArray<Attr>.Empty,
        };
    }
}
