using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>&lt;hostdev&gt; (virDomainHostdevDefParseXML). USB sources are typed; other types keep their &lt;source&gt;.</summary>
public sealed class HostdevReader : IDeviceReader
{
    public string ElementName => "hostdev";

    public Device? Read(XElement e, XmlReadContext ctx)
    {
        var mode = ctx.Enum(e, "mode", "subsystem", "capabilities") ?? "subsystem";
        var type = ctx.RequiredAttr(e, "type");
        if (type is null)
        {
            return null;
        }

        var dev = new Hostdev
        {
            Mode = mode,
            Type = type,
            Managed = ctx.Bool(e, "managed"),
            Attributes = XmlReadContext.Attributes(e, "mode", "type", "managed"),
        };
        var source = e.Element("source");
        if (source is null)
        {
            ctx.Error(e, "QX0430", "Missing <source> element in hostdev device");
            return null;
        }

        if (type == "usb")
        {
            dev = dev with
            {
                GuestReset = ctx.Enum(source, "guestReset", "off", "uninitialized", "on"),
                StartupPolicy = ctx.Enum(source, "startupPolicy", "mandatory", "requisite", "optional"),
                UsbVendor = source.Element("vendor") is { } v ? ctx.Int(v, "id", 0, 0xffff) : null,
                UsbProduct = source.Element("product") is { } p ? ctx.Int(p, "id", 0, 0xffff) : null,
                UsbBus = source.Element("address") is { } a ? ctx.Int(a, "bus", 0) : null,
                UsbDevice = source.Element("address") is { } a2 ? ctx.Int(a2, "device", 0) : null,
            };
            if (dev.UsbVendor is not null && dev.UsbProduct is null)
            {
                ctx.Error(source, "QX0431", "missing product");
            }

            if (dev.UsbVendor is null && dev.UsbBus is null)
            {
                ctx.Error(source, "QX0432", "usb hostdev needs a vendor/product or a bus/device address");
            }
        }
        else
        {
            dev = dev with { SourceNode = XmlReadContext.Generic(source) };
        }

        return dev with
        {
            Extra = e.Elements().Where(c => c.Name.LocalName is not ("source" or "alias" or "address" or "boot" or "acpi")).Select(XmlReadContext.Generic).ToEquatableArray(),
        };
    }
}
