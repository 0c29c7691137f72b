using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>&lt;disk&gt; (https://libvirt.org/formatdomain.html#hard-drives-floppy-disks-cdroms).</summary>
public sealed class DiskReader : IDeviceReader
{
    private static readonly HashSet<string> InfoChildren = ["alias", "address", "boot", "acpi"];

    public string ElementName => "disk";

    public Device? Read(XElement e, XmlReadContext ctx)
    {
        var type = ctx.Enum(e, "type", "file", "block", "dir", "network", "volume", "nvme", "vhostuser") ?? "file";
        var targetEl = e.Element("target");
        if (targetEl is null)
        {
            ctx.Error(e, "QX0030", "<disk> has no <target>");
            return null;
        }

        var target = new DiskTarget(ctx.RequiredAttr(targetEl, "dev") ?? string.Empty, XmlReadContext.Attr(targetEl, "bus"))
        {
            Tray = XmlReadContext.Attr(targetEl, "tray"),
            Removable = ctx.Bool(targetEl, "removable"),
            RotationRate = ctx.Int(targetEl, "rotation_rate", 0),
        };

        var disk = new Disk
        {
            Type = type,
            DeviceKind = ctx.Enum(e, "device", "disk", "cdrom", "floppy", "lun") ?? "disk",
            Model = XmlReadContext.Attr(e, "model"),
            Snapshot = XmlReadContext.Attr(e, "snapshot"),
            RawIo = XmlReadContext.Attr(e, "rawio"),
            Sgio = XmlReadContext.Attr(e, "sgio"),
            Target = target,
            Source = new DiskSource { Type = type },
        };

        var extra = new List<GenericNode>();
        XElement? legacyAuth = null;
        XElement? legacyEncryption = null;
        foreach (var c in e.Elements())
        {
            switch (c.Name.LocalName)
            {
                case "source":
                    disk = disk with { Source = DiskSourceReader.Read(type, c, ctx) };
                    break;
                case "backingStore":
                    disk = ReadBackingChain(disk, c, ctx);
                    break;
                case "driver":
                    disk = disk with { Driver = ReadDriver(c, ctx) };
                    break;
                case "target":
                    break;
                case "readonly":
                    disk = disk with { ReadOnly = true };
                    break;
                case "shareable":
                    disk = disk with { Shareable = true };
                    break;
                case "transient":
                    disk = disk with { Transient = true, TransientShareBacking = ctx.Bool(c, "shareBacking") ?? false };
                    break;
                case "serial":
                    disk = disk with { Serial = c.Value };
                    break;
                case "wwn":
                    disk = disk with { Wwn = c.Value };
                    break;
                case "vendor":
                    disk = disk with { Vendor = c.Value };
                    break;
                case "product":
                    disk = disk with { Product = c.Value };
                    break;
                case "iotune":
                    disk = disk with { IoTune = c.Elements().Select(x => new Attr(x.Name.LocalName, x.Value.Trim())).ToEquatableArray() };
                    break;
                case "blockio":
                    disk = disk with
                    {
                        LogicalBlockSize = ctx.Int(c, "logical_block_size", 0),
                        PhysicalBlockSize = ctx.Int(c, "physical_block_size", 0),
                        DiscardGranularity = ctx.Int(c, "discard_granularity", 0),
                    };
                    break;
                case "geometry":
                    disk = disk with
                    {
                        Geometry = new DiskGeometry(ctx.Int(c, "cyls", 0), ctx.Int(c, "heads", 0), ctx.Int(c, "secs", 0), ctx.Enum(c, "trans", "none", "lba", "auto")),
                    };
                    break;
                case "auth":
                    legacyAuth = c;
                    break;
                case "encryption":
                    legacyEncryption = c;
                    break;
                default:
                    if (!InfoChildren.Contains(c.Name.LocalName))
                    {
                        extra.Add(XmlReadContext.Generic(c));
                    }

                    break;
            }
        }

        // Old placement of <auth>/<encryption> directly under <disk>: libvirt moves them into the
        // top <source>, and refuses a second definition there (virDomainDiskDefParseSourceXML).
        if (legacyAuth is not null)
        {
            if (disk.Source.Auth is not null)
            {
                ctx.Error(legacyAuth, "QX0032", "an <auth> definition already found for disk source");
            }

            disk = disk with { Source = disk.Source with { Auth = DiskSourceReader.ReadAuthOrEncryption(legacyAuth, ctx).Auth }, AuthInDiskElement = true };
        }

        if (legacyEncryption is not null)
        {
            if (disk.Source.Encryption is not null)
            {
                ctx.Error(legacyEncryption, "QX0032", "an <encryption> definition already found for disk source");
            }

            disk = disk with { Source = disk.Source with { Encryption = DiskSourceReader.ReadAuthOrEncryption(legacyEncryption, ctx).Encryption }, EncryptionInDiskElement = true };
        }

        if (disk.Source.IsEmpty && type is not ("file" or "block") && disk.DeviceKind is "disk" or "lun")
        {
            ctx.Error(e, "QX0031", $"<disk type='{type}'> needs a <source>");
        }

        return disk with { Extra = extra.ToEquatableArray() };
    }

    private static Disk ReadBackingChain(Disk disk, XElement c, XmlReadContext ctx)
    {
        var chain = new List<DiskSource>();
        var cur = c;
        var terminated = false;
        while (cur is not null)
        {
            var t = XmlReadContext.Attr(cur, "type");
            if (t is null)
            {
                terminated = true;
                break;
            }

            var src = cur.Element("source") is { } s ? DiskSourceReader.Read(t, s, ctx) : new DiskSource { Type = t };
            var fmt = cur.Element("format");
            chain.Add(src with
            {
                Format = fmt is null ? null : XmlReadContext.Attr(fmt, "type"),
                MetadataCacheMaxSize = fmt is null ? null : MetadataCacheBytes(fmt, ctx),
                Index = ctx.Int(cur, "index", 0),
            });
            cur = cur.Element("backingStore");
            if (cur is null)
            {
                break;
            }
        }

        return disk with { BackingStore = chain.ToEquatableArray(), BackingStoreTerminated = terminated || (cur is not null && !cur.HasAttributes) };
    }

    /// <summary>&lt;metadata_cache&gt;&lt;max_size unit=...&gt; in bytes; units are case-insensitive like libvirt's virScaleInteger.</summary>
    private static ulong? MetadataCacheBytes(XElement parent, XmlReadContext ctx)
    {
        if (parent.Element("metadata_cache")?.Element("max_size") is not { } m)
        {
            return null;
        }

        var unit = XmlReadContext.Attr(m, "unit") ?? "bytes";
        if (unit.Length == 3 && unit[1..].Equals("ib", StringComparison.OrdinalIgnoreCase))
        {
            unit = char.ToUpperInvariant(unit[0]) + "iB";
        }

        if (!ulong.TryParse(m.Value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ||
            XmlReadContext.UnitScale(unit) is not { } scale)
        {
            ctx.Error(m, "QX0011", $"invalid metadata cache size '{m.Value.Trim()}' {unit}");
            return null;
        }

        return value * scale;
    }

    private static DiskDriver ReadDriver(XElement c, XmlReadContext ctx) => new()
    {
        Name = XmlReadContext.Attr(c, "name"),
        Format = XmlReadContext.Attr(c, "type"),
        Cache = ctx.Enum(c, "cache", "default", "none", "writethrough", "writeback", "directsync", "unsafe"),
        Io = ctx.Enum(c, "io", "threads", "native", "io_uring"),
        ErrorPolicy = XmlReadContext.Attr(c, "error_policy"),
        RErrorPolicy = XmlReadContext.Attr(c, "rerror_policy"),
        Discard = ctx.Enum(c, "discard", "unmap", "ignore"),
        DetectZeroes = ctx.Enum(c, "detect_zeroes", "off", "on", "unmap"),
        CopyOnRead = XmlReadContext.Attr(c, "copy_on_read"),
        IoThread = ctx.Int(c, "iothread", 1),
        Queues = ctx.Int(c, "queues", 1),
        QueueSize = ctx.Int(c, "queue_size", 1),
        EventIdx = XmlReadContext.Attr(c, "event_idx"),
        IoEventFd = XmlReadContext.Attr(c, "ioeventfd"),
        Virtio = VirtioOptionsReader.Read(c, ctx),
        MetadataCacheMaxSize = MetadataCacheBytes(c, ctx),
        Extra = c.Elements().Where(x => x.Name.LocalName != "metadata_cache").Select(XmlReadContext.Generic).ToEquatableArray(),
    };
}
