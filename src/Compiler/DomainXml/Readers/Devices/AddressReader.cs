using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>&lt;address type=...&gt; (https://libvirt.org/formatdomain.html#device-addresses).</summary>
public static class AddressReader
{
    public static Address? Read(XElement e, XmlReadContext ctx)
    {
        var type = ctx.RequiredAttr(e, "type");
        switch (type)
        {
            case null:
                return null;
            case "pci":
                return ReadPci(e, ctx);
            case "drive":
                return new DriveAddress(
                    ctx.Int(e, "controller", 0) ?? 0,
                    ctx.Int(e, "bus", 0) ?? 0,
                    ctx.Int(e, "target", 0) ?? 0,
                    ctx.Int(e, "unit", 0) ?? 0);
            case "virtio-serial":
                return new VirtioSerialAddress(ctx.Int(e, "controller", 0) ?? 0, ctx.Int(e, "bus", 0) ?? 0, ctx.Int(e, "port", 0) ?? 0);
            case "ccid":
                return new CcidAddress(ctx.Int(e, "controller", 0) ?? 0, ctx.Int(e, "slot", 0) ?? 0);
            case "usb":
                return new UsbAddress(ctx.Int(e, "bus", 0) ?? 0, XmlReadContext.Attr(e, "port"));
            case "isa":
                return new IsaAddress(ctx.Int(e, "iobase", 0), ctx.Int(e, "irq", 0));
            case "dimm":
                return new DimmAddress(ctx.Int(e, "slot", 0), ctx.ULong(e, "base"));
            case "virtio-mmio" or "spapr-vio" or "ccw" or "unassigned" or "none" or "virtio-s390":
                return new OtherAddress(type, XmlReadContext.Attributes(e, "type"));
            default:
                ctx.Error(e, "QX0013", $"unsupported address type '{type}'");
                return null;
        }
    }

    /// <summary>A PCI address; also used for host-side addresses that have no type attribute (NVMe, hostdev sources).</summary>
    public static PciAddress ReadPci(XElement e, XmlReadContext ctx) =>
        new(
            ctx.Int(e, "domain", 0, 0xffff) ?? 0,
            ctx.Int(e, "bus", 0, 0xff) ?? 0,
            ctx.Int(e, "slot", 0, 0x1f) ?? 0,
            ctx.Int(e, "function", 0, 7) ?? 0)
        {
            Multifunction = ctx.Bool(e, "multifunction"),
            Zpci = e.Element("zpci") is { } z ? XmlReadContext.Generic(z) : null,
        };
}
