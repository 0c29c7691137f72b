using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>&lt;vsock model=&gt; (virDomainVsockDefFormat): &lt;cid auto= address=&gt;, &lt;driver&gt;, device info.</summary>
public sealed class VsockWriter : IDeviceWriter
{
    public string ElementName => "vsock";

    public void Write(XmlTextBuilder x, Device device)
    {
        var v = (Vsock)device;
        x.Element(
            "vsock",
            inner =>
            {
                inner.Element("cid", _ => { }, ("auto", v.AutoCid is { } a ? YesNo(a) : null), ("address", v.Cid is > 0 ? Str(v.Cid) : null));
                if (!v.Driver.IsEmpty)
                {
                    inner.Empty("driver", DeviceInfoWriter.Attrs(v.Driver));
                }

                DeviceInfoWriter.Write(inner, v.Info);
            },
            ("model", v.Model));
    }
}
