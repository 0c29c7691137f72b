using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>&lt;redirdev bus='usb' type=...&gt; (virDomainRedirdevDefParseXML).</summary>
public sealed class RedirdevReader : IDeviceReader
{
    public string ElementName => "redirdev";

    public Device? Read(XElement e, XmlReadContext ctx)
    {
        var bus = ctx.Enum(e, "bus", "usb") ?? "usb";
        var src = ChardevSourceReader.Read(e, ctx);
        if (src is null)
        {
            return null;
        }

        ChardevSourceReader.Validate(src, e, ctx);
        return new Redirdev { Bus = bus, Source = src };
    }
}
