using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>&lt;hostdev&gt; (https://libvirt.org/formatdomain.html#host-device-assignment).</summary>
public sealed class HostdevReader : IDeviceReader
{
    public string ElementName => "hostdev";

    public Device? Read(XElement e, XmlReadContext ctx)
    {
        var type = ctx.RequiredAttr(e, "type");
        if (type is null)
        {
            return null;
        }

        var source = e.Element("source");
        var rom = e.Element("rom");
        return new Hostdev
        {
            Mode = XmlReadContext.Attr(e, "mode") ?? "subsystem",
            Type = type,
            Managed = ctx.Bool(e, "managed"),
            PciSource = type == "pci" && source?.Element("address") is { } a ? AddressReader.Read(new XElement(a.Name, a.Attributes().Where(x => x.Name != "type"), new XAttribute("type", "pci")), ctx) as PciAddress : null,
            Source = source is null ? null : XmlReadContext.Generic(source),
            RomBar = rom is null ? null : ctx.Bool(rom, "bar"),
            RomFile = rom is null ? null : XmlReadContext.Attr(rom, "file"),
        };
    }
}
