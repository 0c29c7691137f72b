using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>&lt;serial&gt;, &lt;parallel&gt;, &lt;console&gt; and &lt;channel&gt; (virDomainChrDefParseXML): one reader per element name.</summary>
public sealed class CharDeviceReader(string elementName) : IDeviceReader
{
    public string ElementName { get; } = elementName;

    public Device? Read(XElement e, XmlReadContext ctx)
    {
        var src = ChardevSourceReader.Read(e, ctx);
        if (src is null)
        {
            return null;
        }

        var dev = new CharDevice { Kind = ElementName, Source = src };
        if (e.Element("target") is { } t)
        {
            dev = dev with
            {
                TargetType = XmlReadContext.Attr(t, "type"),
                TargetModel = t.Element("model") is { } m ? XmlReadContext.Attr(m, "name") : null,
                TargetName = XmlReadContext.Attr(t, "name"),
                TargetAddress = XmlReadContext.Attr(t, "address"),
                TargetPort = ElementName == "channel" && XmlReadContext.Attr(t, "type") != "guestfwd" ? null : ctx.Int(t, "port", 0),
            };
        }

        if (ElementName == "channel")
        {
            if (dev.TargetType is null)
            {
                ctx.Error(e, "QX0410", "unknown target type '' specified for character device");
                return null;
            }

            if (dev.TargetType == "guestfwd" && (dev.TargetAddress is null || dev.TargetPort is null))
            {
                ctx.Error(e, "QX0411", "guestfwd channel does not define a target address and port");
            }
        }

        // A virtio channel's unix socket may be left out: libvirt puts it in its channel directory.
        ChardevSourceReader.Validate(src, e, ctx, pathOptional: ElementName == "channel" && dev.TargetType == "virtio");
        return dev;
    }
}
