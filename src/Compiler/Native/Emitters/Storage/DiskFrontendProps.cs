using System.Globalization;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Native.Emitters.Storage;

/// <summary>
/// The guest-visible device of a disk (qemuBuildDiskDeviceProps): the QEMU driver for its bus and
/// device kind, the bus placement, then the common properties in libvirt's order.
/// </summary>
public static class DiskFrontendProps
{
    public static JsonProps? Build(EmitContext ctx, Disk disk, string? drive, int? bootIndex)
    {
        var bus = DiskBus.BusOf(disk);
        var domain = ctx.Domain;
        var props = new JsonProps();
        string? deviceId = null;
        bool? removable = null;
        switch (bus)
        {
            case "ide" or "sata":
                props.Add("driver", disk.DeviceKind == "cdrom" ? "ide-cd" : "ide-hd");
                DriveBusProps.Ide(props, disk, bus, domain);
                break;
            case "scsi":
                props.Add("driver", disk.DeviceKind switch { "lun" => "scsi-block", "cdrom" => "scsi-cd", _ => "scsi-hd" });
                if (!DriveBusProps.Scsi(ctx, props, disk.Info))
                {
                    return null;
                }

                if (disk.DeviceKind != "lun")
                {
                    // QEMU used the drive name as VPD device id before -blockdev; keep it guest-stable.
                    deviceId = disk.Serial ?? "drive-" + disk.Info.Alias;
                    removable = disk.DeviceKind == "disk" ? disk.Target.Removable : null;
                }

                break;
            case "virtio":
                Virtio(ctx, props, disk);
                DeviceAddressProps.Add(props, disk, domain);
                break;
            case "usb":
                props.Add("driver", "usb-storage");
                DeviceAddressProps.Add(props, disk, domain);
                removable = disk.Target.Removable ?? false;
                break;
            case "fdc":
                props.Add("driver", "floppy");
                if (disk.Info.Address is DriveAddress fa)
                {
                    props.Add("unit", fa.Unit);
                }

                break;
            default:
                ctx.Error("QC0100", disk.Info, $"unsupported disk bus '{bus}' with device setup");
                return null;
        }

        props.AddIfNotNull("device_id", deviceId);
        if (disk.Shareable)
        {
            props.Add("share-rw", true);
        }

        if (disk.Source.Type == "vhostuser")
        {
            props.Add("chardev", VhostUserChardev(disk));
        }
        else
        {
            props.AddIfNotNull("drive", drive);
        }

        props.AddIfNotNull("id", disk.Info.Alias);
        if (disk.DeviceKind != "floppy")
        {
            props.AddIfNotNull("bootindex", bootIndex);
            props.AddIfNotNull("loadparm", disk.Info.LoadParm);
        }

        props.AddIfNotNull("logical_block_size", disk.LogicalBlockSize);
        props.AddIfNotNull("physical_block_size", disk.PhysicalBlockSize);
        props.AddIfNotNull("discard_granularity", disk.DiscardGranularity);
        if (disk.Wwn is { } wwn && ulong.TryParse(wwn.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? wwn[2..] : wwn, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var w))
        {
            props.Add("wwn", w);
        }

        props.AddIfNotNull("rotation_rate", disk.Target.RotationRate);
        props.AddIfNotNull("vendor", disk.Vendor);
        props.AddIfNotNull("product", disk.Product);
        props.AddIfNotNull("removable", removable);
        if (disk.DeviceKind != "lun" && CacheMode.Of(disk.Driver.Cache) is { } cache)
        {
            props.Add("write-cache", cache.WriteBack ? "on" : "off");
        }

        if (disk.Geometry is { } g)
        {
            props.AddIfNotNull("cyls", g.Cylinders);
            props.AddIfNotNull("heads", g.Heads);
            props.AddIfNotNull("secs", g.Sectors);
            props.AddIfNotNull("bios-chs-trans", g.Trans);
        }

        if (disk.Serial is { } serial)
        {
            props.Add("serial", serial.Replace(" ", "\\ ", StringComparison.Ordinal));
        }

        ErrorPolicies(props, disk.Driver);
        return props;
    }

    /// <summary>The chardev a vhost-user disk talks through (qemuDomainGetVhostUserChrAlias).</summary>
    public static string VhostUserChardev(Disk disk) => "chr-vu-" + disk.Info.Alias;

    private static void Virtio(EmitContext ctx, JsonProps props, Disk disk)
    {
        var vhostUser = disk.Source.Type == "vhostuser";
        var baseName = vhostUser ? "vhost-user-blk" : "virtio-blk";
        var suffix = disk.Model switch
        {
            "virtio-transitional" => "-transitional",
            "virtio-non-transitional" => "-non-transitional",
            _ => string.Empty,
        };
        var transport = disk.Info.Address switch
        {
            OtherAddress { AddressType: "ccw" } => "ccw",
            OtherAddress { AddressType: "virtio-mmio" } => "device",
            _ => "pci",
        };
        props.Add("driver", $"{baseName}-{transport}{suffix}");
        VirtioOptionsProps.Add(props, disk.Driver.Virtio);
        if (disk.Driver.IoThread is { } iothread)
        {
            props.Add("iothread", $"iothread{iothread}");
        }

        if (disk.Driver.IoEventFd is { } ioeventfd)
        {
            props.Add("ioeventfd", ioeventfd == "on");
        }

        if (disk.Driver.EventIdx is { } eventIdx)
        {
            props.Add("event_idx", eventIdx == "on");
        }

        // virtio-blk's SCSI passthrough is only switched on for device='lun' (QEMU disables it by default).
        if (!vhostUser && ctx.Caps.Has(new Caps.QemuCap("virtio-blk-pci.scsi")) && disk.DeviceKind == "lun")
        {
            props.Add("scsi", true);
        }

        props.AddIfNotNull("num-queues", disk.Driver.Queues);
        props.AddIfNotNull("queue-size", disk.Driver.QueueSize);
    }

    /// <summary>werror/rerror; 'enospace' is spelled enospc and only exists for writes.</summary>
    private static void ErrorPolicies(JsonProps props, DiskDriver driver)
    {
        var w = driver.ErrorPolicy;
        var r = driver.RErrorPolicy;
        if (w == "enospace")
        {
            w = "enospc";
        }
        else
        {
            r ??= w;
        }

        props.AddIfNotNull("werror", w);
        props.AddIfNotNull("rerror", r);
    }
}
