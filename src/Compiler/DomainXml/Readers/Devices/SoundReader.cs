using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>&lt;sound&gt; (https://libvirt.org/formatdomain.html#sound-devices).</summary>
public sealed class SoundReader : IDeviceReader
{
    public string ElementName => "sound";

    public Device? Read(XElement e, XmlReadContext ctx)
    {
        var model = ctx.Enum(e, "model", "sb16", "es1370", "pcspk", "ac97", "ich6", "ich9", "usb", "ich7");
        if (model is null)
        {
            ctx.RequiredAttr(e, "model");
            return null;
        }

        return new Sound
        {
            Model = model,
            Codecs = e.Elements("codec").Select(c => ctx.Enum(c, "type", "duplex", "micro", "output")).OfType<string>().ToEquatableArray(),
            AudioId = e.Element("audio") is { } a ? ctx.Int(a, "id", 1) : null,
            MultiChannel = model == "usb" ? ctx.Bool(e, "multichannel") : null,
        };
    }
}
