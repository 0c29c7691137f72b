using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>&lt;hub type='usb'&gt; (virDomainHubDefParseXML): type is required and must be usb.</summary>
public sealed class HubReader : IDeviceReader
{
    public string ElementName => "hub";

    public Device? Read(XElement e, XmlReadContext ctx)
    {
        if (XmlReadContext.Attr(e, "type") is null)
        {
            ctx.Error(e, "QX0495", "missing hub device type");
            return null;
        }

        var type = ctx.Enum(e, "type", "usb");
        return type is null ? null : new Hub { Type = type };
    }
}
