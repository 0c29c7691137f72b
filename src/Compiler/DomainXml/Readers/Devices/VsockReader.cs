using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>&lt;vsock model=...&gt;&lt;cid auto= address=&gt; (virDomainVsockDefParseXML).</summary>
public sealed class VsockReader : IDeviceReader
{
    public string ElementName => "vsock";

    public Device? Read(XElement e, XmlReadContext ctx)
    {
        var cid = e.Element("cid");
        var v = new Vsock
        {
            Model = ctx.Enum(e, "model", "virtio", "virtio-transitional", "virtio-non-transitional"),
            AutoCid = cid is null ? null : ctx.Bool(cid, "auto"),
            Cid = cid is null ? null : ctx.Int(cid, "address", 0),
            Driver = e.Element("driver") is { } d ? XmlReadContext.Attributes(d) : EquatableArray<Attr>.Empty,
        };
        if (v.Cid is { } c and < 3 and not 0)
        {
            ctx.Error(cid!, "QX0450", $"guest CID {c} is reserved");
        }

        return v;
    }
}
