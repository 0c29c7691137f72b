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

        if (type == "mdev")
        {
            dev = dev with
            {
                MdevModel = ctx.Enum(e, "model", "vfio-pci", "vfio-ccw", "vfio-ap"),
                MdevUuid = source.Element("address") is { } ma ? XmlReadContext.Attr(ma, "uuid") : null,
                Display = ctx.Bool(e, "display"),
                Ramfb = ctx.Bool(e, "ramfb"),
            };
            if (dev.MdevModel is null)
            {
                ctx.Error(e, "QX0433", "Missing 'model' attribute in mediated device's hostdev element");
            }

            if (dev.MdevUuid is null)
            {
                ctx.Error(source, "QX0434", "Missing 'uuid' attribute for element <address>");
            }
        }

        if (type == "scsi")
        {
            dev = dev with
            {
                Scsi = ReadScsi(source, ctx),
                ReadOnly = e.Element("readonly") is not null,
                Shareable = e.Element("shareable") is not null,
                Sgio = ctx.Enum(e, "sgio", "filtered", "unfiltered"),
                RawIo = ctx.Bool(e, "rawio"),
            };
        }

        return dev with
        {
            Extra = e.Elements().Where(c => c.Name.LocalName is not ("source" or "alias" or "address" or "boot" or "acpi")
                && !(type == "scsi" && c.Name.LocalName is "readonly" or "shareable")).Select(XmlReadContext.Generic).ToEquatableArray(),
        };
    }

    /// <summary>A SCSI hostdev's source: an iSCSI LUN (protocol='iscsi', read like a network disk source) or an adapter's LUN.</summary>
    private static HostdevScsiSource? ReadScsi(XElement source, XmlReadContext ctx)
    {
        var protocol = XmlReadContext.Attr(source, "protocol");
        if (protocol is not null)
        {
            if (protocol != "iscsi")
            {
                ctx.Error(source, "QX0435", $"unknown SCSI subsystem protocol '{protocol}'");
                return null;
            }

            return new HostdevScsiSource { Iscsi = DiskSourceReader.Read("network", source, ctx) };
        }

        var adapter = source.Element("adapter") is { } ad ? XmlReadContext.Attr(ad, "name") : null;
        var address = source.Element("address");
        if (adapter is null || address is null)
        {
            ctx.Error(source, "QX0436", adapter is null ? "SCSI host device without an adapter name" : "SCSI host device without an address");
            return null;
        }

        return new HostdevScsiSource
        {
            Adapter = adapter,
            Bus = ctx.Int(address, "bus", 0) ?? 0,
            Target = ctx.Int(address, "target", 0) ?? 0,
            Unit = ctx.ULong(address, "unit") ?? 0,
        };
    }
}
