using System.Collections.Frozen;
using System.Globalization;
using Qconv.Compiler.Argv.Lifters.Options;
using Qconv.Compiler.Argv.Lifters.Storage;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// Disk frontends, the mirror of to-native's DiskFrontendProps: <c>ide-hd</c>/<c>ide-cd</c> (bus=ide.B,
/// unit=U, or an AHCI port bus=sataC.U), <c>virtio-blk-pci</c>, <c>floppy</c> (unit=U),
/// <c>scsi-hd</c>/<c>scsi-cd</c>/<c>scsi-block</c> (bus=scsiC.B with scsi-id, or channel/scsi-id/lun),
/// <c>usb-storage</c>; <c>drive=</c> names a <c>-drive if=none</c> or the top <c>-blockdev</c> node.
/// The frontend's properties (queues, ioeventfd, block sizes, serial, error policies, write-cache...)
/// go to the disk's &lt;driver&gt;, &lt;target&gt; and &lt;blockio&gt;; targets are named from the index
/// the address implies.
/// </summary>
public sealed class DiskDeviceLifter : IDeviceLifter
{
    private static readonly string[] Understood =
    [
        "drive", "unit", "num-queues", "queue-size", "write-cache", "serial", "scsi-id", "lun", "channel", "ioeventfd", "event_idx",
        "iothread", "scsi", "share-rw", "logical_block_size", "physical_block_size", "discard_granularity", "wwn", "rotation_rate",
        "vendor", "product", "removable", "cyls", "heads", "secs", "bios-chs-trans", "werror", "rerror", "device_id", "loadparm",
    ];

    private static readonly FrozenSet<string> Known = DeviceProps.Understood(Understood);

    public IReadOnlyList<string> Drivers { get; } =
        ["ide-hd", "ide-cd", "ide-drive", "virtio-blk-pci", "virtio-blk-pci-transitional", "virtio-blk-pci-non-transitional", "virtio-blk", "floppy", "scsi-hd", "scsi-cd", "scsi-disk", "scsi-block", "usb-storage"];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        var driver = p.GetString("driver")!;
        DriveBackend? backend = null;
        if (p.GetEntry("drive") is { } driveEntry && p.GetString("drive") is { } drive)
        {
            backend = ctx.Find("drive", drive) is { } d ? (DriveBackend?)d.Payload : null;
            var node = backend is null ? ctx.Resolve("blockdev", drive, driveEntry.Value.Span) : null;
            if (backend is null && node is null)
            {
                return;
            }

            if (ctx.Find("drive", drive) is { } used)
            {
                used.Used = true;
            }

            backend ??= BlockdevChain.Resolve(node!, ctx);
        }

        var cdrom = driver is "ide-cd" or "scsi-cd";
        backend = (backend ?? new DriveBackend(null, new DiskDriver(), false, null, cdrom)) with { CdromMedia = cdrom || backend?.CdromMedia == true };
        var info = DeviceProps.Info(option, p, ctx);
        var (bus, index, address) = Placement(driver, p, ctx);
        var disk = DriveLifter.AddDisk(ctx, backend, bus, index, address, option.Span);
        var lifted = Frontend(disk, backend, driver, p) with { Info = info with { Address = address ?? info.Address, LoadParm = p.GetString("loadparm") } };
        ctx.ReplaceDevice(disk, lifted);
        ctx.IgnoreProperties(option, p, Known);
    }

    private static Disk Frontend(Disk disk, DriveBackend backend, string driver, PropertyBag p)
    {
        var lun = driver == "scsi-block" || p.GetBool("scsi") == true;
        var (werror, rerror) = (p.GetString("werror"), p.GetString("rerror"));
        var errorPolicy = werror == "enospc" ? "enospace" : werror;
        var d = disk.Driver with
        {
            Cache = Cache(p.GetBool("write-cache"), backend.CacheFlags),
            Queues = Int(p, "num-queues"),
            QueueSize = Int(p, "queue-size"),
            IoEventFd = OnOff(p.GetBool("ioeventfd")),
            EventIdx = OnOff(p.GetBool("event_idx")),
            IoThread = p.GetString("iothread") is { } t && t.StartsWith("iothread", StringComparison.Ordinal) && int.TryParse(t.AsSpan(8), CultureInfo.InvariantCulture, out var n) ? n : null,
            ErrorPolicy = errorPolicy,

            // to-native writes rerror as werror when only the error policy is set.
            RErrorPolicy = rerror == werror && werror != "enospc" ? null : rerror,
            Virtio = VirtioProps.Read(p),
        };
        var geometry = p.Contains("cyls") || p.Contains("bios-chs-trans")
            ? new DiskGeometry(Int(p, "cyls"), Int(p, "heads"), Int(p, "secs"), p.GetString("bios-chs-trans"))
            : null;
        return disk with
        {
            DeviceKind = lun ? "lun" : disk.DeviceKind,
            Model = VirtioModel(driver) ?? disk.Model,
            Driver = d,
            Shareable = p.GetBool("share-rw") == true,
            Serial = p.GetString("serial") is { } s ? s.Replace("\\ ", " ", StringComparison.Ordinal) : disk.Serial,
            LogicalBlockSize = Int(p, "logical_block_size"),
            PhysicalBlockSize = Int(p, "physical_block_size"),
            DiscardGranularity = Int(p, "discard_granularity"),
            Wwn = p.GetInt64("wwn") is { } w ? "0x" + ((ulong)w).ToString("x16", CultureInfo.InvariantCulture) : null,
            Vendor = p.GetString("vendor"),
            Product = p.GetString("product"),
            Geometry = geometry,
            Target = disk.Target with
            {
                RotationRate = Int(p, "rotation_rate"),

                // usb-storage always says removable (false by default); SCSI disks only when set.
                Removable = p.GetBool("removable") is { } r && (r || driver != "usb-storage") ? r : null,
            },
        };
    }

    /// <summary>The cache mode whose flags these are (the inverse of to-native's CacheMode).</summary>
    private static string? Cache(bool? writeCache, (bool Direct, bool NoFlush)? flags)
    {
        if (writeCache is null && flags is null)
        {
            return null;
        }

        var (direct, noFlush) = flags ?? (false, false);
        return (writeCache ?? true, direct, noFlush) switch
        {
            (_, _, true) => "unsafe",
            (true, true, _) => "none",
            (false, true, _) => "directsync",
            (false, false, _) => "writethrough",
            _ => "writeback",
        };
    }

    private static (string Bus, int Index, DriveAddress? Address) Placement(string driver, PropertyBag p, LiftContext ctx)
    {
        var used = ctx.State<DriveIndexes>();
        var unit = (int)(p.GetInt64("unit") ?? 0);
        var busText = p.GetString("bus");
        var (controller, busNo) = DriveBuses.Numbers(busText);
        switch (driver)
        {
            case "ide-hd" or "ide-cd" or "ide-drive":
                return IdePlacement(used, DriveBuses.Ide(busText, ctx), unit);
            case "floppy":
                used.TryTake("fdc", unit);
                return ("fdc", unit, new DriveAddress(0, 0, 0, unit));
            case "scsi-hd" or "scsi-cd" or "scsi-disk" or "scsi-block":
                var scsiId = (int)(p.GetInt64("scsi-id") ?? 0);
                return ("scsi", Take(used, "scsi", (controller * 7) + scsiId), ScsiAddress(p));
            case "usb-storage":
                return ("usb", used.NextFree("usb"), null);
            default:
                return ("virtio", used.Virtio(p.GetString("id")), null);
        }
    }

    private static (string Bus, int Index, DriveAddress? Address) IdePlacement(DriveIndexes used, (string Bus, int Controller, int BusNo) at, int unit)
    {
        var (bus, controller, busNo) = at;
        if (bus == "sata")
        {
            // An AHCI port: bus=NAME.P with P the port (libvirt's unit); libvirt numbers sdX as controller * 6 + unit.
            return ("sata", Take(used, "sata", (controller * 6) + busNo), new DriveAddress(controller, 0, 0, busNo));
        }

        if (busNo > 1)
        {
            // Beyond the two buses an IDE controller has, the address implies no hdX; libvirt
            // orders disks by target (virDomainDiskInsert), so the next free name keeps the line's order.
            return ("ide", used.NextFree("ide"), new DriveAddress(controller, busNo, 0, unit));
        }

        // libvirt's IDE numbering: four disks per controller, two per bus (virDomainDiskDefAssignAddress).
        var index = (controller * 4) + (busNo * 2) + unit;
        used.TryTake("ide", index);
        return ("ide", index, new DriveAddress(controller, busNo, 0, unit));
    }

    /// <summary>The drive address of a SCSI device: bus=scsiC.0 with channel/scsi-id/lun, or bus=scsiC.B with scsi-id as the unit.</summary>
    internal static DriveAddress ScsiAddress(PropertyBag p)
    {
        var (controller, busNo) = DriveBuses.Numbers(p.GetString("bus"));
        var scsiId = (int)(p.GetInt64("scsi-id") ?? 0);
        return p.Contains("lun")
            ? new DriveAddress(controller, (int)(p.GetInt64("channel") ?? 0), scsiId, (int)(p.GetInt64("lun") ?? 0))
            : new DriveAddress(controller, busNo, 0, scsiId);
    }

    // The wanted index, or the next free one when another disk of the same prefix has it.
    private static int Take(DriveIndexes used, string bus, int wanted) => used.TakeOrNext(bus, wanted);

    /// <summary>The &lt;disk model=&gt; a transitional or non-transitional virtio driver says.</summary>
    internal static string? VirtioModel(string driver) =>
        driver.EndsWith("-non-transitional", StringComparison.Ordinal) ? "virtio-non-transitional"
        : driver.EndsWith("-transitional", StringComparison.Ordinal) ? "virtio-transitional"
        : null;

    private static int? Int(PropertyBag p, string key) => p.GetInt64(key) is { } v ? (int)v : null;

    private static string? OnOff(bool? b) => b is null ? null : b.Value ? "on" : "off";
}
