using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>&lt;input&gt; (https://libvirt.org/formatdomain.html#input-devices).</summary>
public sealed class InputReader : IDeviceReader
{
    public string ElementName => "input";

    public Device? Read(XElement e, XmlReadContext ctx)
    {
        var type = ctx.Enum(e, "type", "mouse", "tablet", "keyboard", "passthrough", "evdev");
        if (type is null)
        {
            ctx.RequiredAttr(e, "type");
            return null;
        }

        return new Input
        {
            Type = type,
            Bus = ctx.Enum(e, "bus", "ps2", "usb", "xen", "virtio", "none"),
            Model = XmlReadContext.Attr(e, "model"),
            Source = e.Element("source") is { } s ? XmlReadContext.Attributes(s) : EquatableArray<KeyValuePair<string, string>>.Empty,
            Driver = e.Element("driver") is { } d ? XmlReadContext.Attributes(d) : EquatableArray<KeyValuePair<string, string>>.Empty,
        };
    }
}
