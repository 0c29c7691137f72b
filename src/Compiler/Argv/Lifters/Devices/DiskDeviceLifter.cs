using Qconv.Compiler.Argv.Lifters.Options;
using Qconv.Compiler.Argv.Lifters.Storage;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// Disk frontends: <c>ide-hd</c>/<c>ide-cd</c> (bus=ide.B, unit=U), <c>virtio-blk-pci</c>,
/// <c>floppy</c> (unit=U), <c>scsi-hd</c>/<c>scsi-cd</c>, <c>usb-storage</c>; <c>drive=</c> names a
/// <c>-drive if=none</c> or the top <c>-blockdev</c> node. An IDE/floppy/SCSI frontend's bus and unit
/// are its drive address; targets are named from the index they imply.
/// </summary>
public sealed class DiskDeviceLifter : IDeviceLifter
{
    public IReadOnlyList<string> Drivers { get; } =
        ["ide-hd", "ide-cd", "ide-drive", "virtio-blk-pci", "virtio-blk", "floppy", "scsi-hd", "scsi-cd", "scsi-disk", "usb-storage"];

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
        ctx.ReplaceDevice(disk, disk with { Info = info with { Address = address ?? info.Address } });
        ctx.IgnoreProperties(option, p, [.. DeviceProps.Keys, "drive", "unit", "num-queues", "queue-size", "write-cache", "serial", "scsi-id", "lun", "channel"]);
    }

    private static (string Bus, int Index, DriveAddress? Address) Placement(string driver, PropertyBag p, LiftContext ctx)
    {
        var used = ctx.State<DriveIndexes>();
        var unit = (int)(p.GetInt64("unit") ?? p.GetInt64("scsi-id") ?? 0);
        switch (driver)
        {
            case "ide-hd" or "ide-cd" or "ide-drive":
                var busText = p.GetString("bus") ?? "ide.0";
                var ideBus = int.TryParse(busText.AsSpan(busText.IndexOf('.', StringComparison.Ordinal) + 1), out var b) ? b : 0;
                var index = (ideBus * 2) + unit;
                used.TryTake("ide", index);
                return ("ide", index, new DriveAddress(0, ideBus, 0, unit));
            case "floppy":
                used.TryTake("fdc", unit);
                return ("fdc", unit, new DriveAddress(0, 0, 0, unit));
            case "scsi-hd" or "scsi-cd" or "scsi-disk":
                used.TryTake("scsi", unit);
                return ("scsi", unit, new DriveAddress(0, 0, 0, unit));
            case "usb-storage":
                return ("usb", used.NextFree("usb"), null);
            default:
                return ("virtio", used.NextFree("virtio"), null);
        }
    }
}
