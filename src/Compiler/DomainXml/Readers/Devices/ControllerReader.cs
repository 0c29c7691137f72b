using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>&lt;controller&gt; (https://libvirt.org/formatdomain.html#controllers).</summary>
public sealed class ControllerReader : IDeviceReader
{
    public string ElementName => "controller";

    public Device? Read(XElement e, XmlReadContext ctx)
    {
        var type = ctx.Enum(e, "type", "ide", "fdc", "scsi", "sata", "usb", "ccid", "virtio-serial", "pci", "xenbus", "isa");
        if (type is null)
        {
            if (e.Attribute("type") is null)
            {
                ctx.Error(e, "QX0010", "<controller> is missing required attribute 'type'");
            }

            return null;
        }

        var c = new Controller
        {
            Type = type,
            Index = ctx.Int(e, "index", 0) ?? -1,
            Model = XmlReadContext.Attr(e, "model"),
            Ports = ctx.Int(e, "ports", 0),
            Vectors = ctx.Int(e, "vectors", 0),
            MaxGrantFrames = ctx.Int(e, "maxGrantFrames", 0),
        };

        if (e.Attribute("index") is null)
        {
            c = c with { Index = -1 };
        }

        if (e.Element("model") is { } m)
        {
            c = c with { ModelName = XmlReadContext.Attr(m, "name") };
        }

        if (e.Element("target") is { } t)
        {
            c = c with
            {
                PciTarget = new PciControllerTarget
                {
                    ChassisNr = ctx.Int(t, "chassisNr", 0),
                    Chassis = ctx.Int(t, "chassis", 0),
                    Port = ctx.Int(t, "port", 0),
                    BusNr = ctx.Int(t, "busNr", 0),
                    Hotplug = XmlReadContext.Attr(t, "hotplug"),
                    Index = ctx.Int(t, "index", 0),
                    NumaNode = t.Element("node") is { } n ? ctx.ParseInt(n, n.Value, 0) : null,
                },
            };
        }

        if (e.Element("master") is { } master)
        {
            c = c with { MasterStartPort = ctx.Int(master, "startport", 0) };
        }

        if (e.Element("driver") is { } drv)
        {
            c = c with { Driver = XmlReadContext.Attributes(drv), Virtio = VirtioOptionsReader.Read(drv, ctx) };
        }

        return c;
    }
}
