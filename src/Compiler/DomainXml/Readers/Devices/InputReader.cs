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

        var source = e.Element("source");
        var input = new Input
        {
            Type = type,
            Bus = ctx.Enum(e, "bus", "ps2", "usb", "xen", "virtio", "none"),
            Model = ctx.Enum(e, "model", "virtio", "virtio-transitional", "virtio-non-transitional"),
            Virtio = VirtioOptionsReader.Read(e.Element("driver"), ctx),
        };

        if (source is not null)
        {
            input = input with
            {
                SourcePath = XmlReadContext.Attr(source, type == "passthrough" ? "evdev" : "dev"),
                Grab = ctx.Enum(source, "grab", "all"),
                GrabToggle = ctx.Enum(source, "grabToggle", "ctrl-ctrl", "alt-alt", "shift-shift", "meta-meta", "scrolllock", "ctrl-scrolllock"),
                Repeat = ctx.Bool(source, "repeat"),
            };
        }

        if (type is "passthrough" or "evdev" && input.SourcePath is null)
        {
            ctx.Error(e, "QX0040", $"<input type='{type}'> needs a <source {(type == "evdev" ? "dev" : "evdev")}=...>");
        }

        return input;
    }
}
