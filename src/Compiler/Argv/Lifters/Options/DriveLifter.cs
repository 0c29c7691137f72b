using Qconv.Compiler.Argv.Lifters.Storage;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-drive file=...,if=ide|scsi|virtio|floppy|none,...</c>: a whole disk in one option (legacy
/// syntax), or with <c>if=none,id=X</c> only the storage a later <c>-device ...,drive=X</c> uses.
/// The target name follows the interface and index as QEMU numbers drives (hda..hdd for IDE, vda..
/// for virtio, fda/fdb for floppies); bus=/unit= also become the drive address.
/// </summary>
public sealed class DriveLifter() : OptionLifter(LiftPhase.Backends, "drive")
{
    private static readonly string[] Understood = [.. DriveOptions.Keys, "file", "if", "index", "bus", "unit", "media", "id", "boot"];

    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Properties is not { } p)
        {
            return;
        }

        var iface = p.GetString("if") ?? "ide";
        var bus = iface switch
        {
            // if=sd: an SD card, which QEMU has no -device for (libvirt writes -drive if=sd for bus='sd').
            "ide" or "scsi" or "virtio" or "xen" or "sd" or "none" => iface,
            "floppy" => "fdc",
            _ => null,
        };
        if (bus is null)
        {
            ctx.KeepAsPassthrough(option, $"if={iface} drives have no domain XML equivalent here");
            return;
        }

        var source = ReadSource(ctx, p);
        var driver = DriveOptions.Read(p);
        var cdrom = p.GetString("media") == "cdrom";
        var backend = new DriveBackend(source, driver, p.GetBool("readonly") == true, p.GetString("serial"), cdrom);
        ctx.IgnoreProperties(option, WithoutFileOptions(p), Understood);
        if (bus == "none")
        {
            if (p.GetString("id") is not { } id)
            {
                ctx.Error(LiftCodes.MissingProperty, option.Span, "-drive if=none needs an id= for -device drive= to refer to");
                return;
            }

            ctx.Define("drive", id, option, p, backend);
            return;
        }

        var index = ReadIndex(ctx, p, bus, out var address);
        if (index is null)
        {
            return;
        }

        AddDisk(ctx, backend, bus, index.Value, address, option.Span);
    }

    /// <summary>Adds the disk <paramref name="backend"/> describes as target <paramref name="index"/> of <paramref name="bus"/>.</summary>
    public static Disk AddDisk(LiftContext ctx, DriveBackend backend, string bus, int index, DriveAddress? address, SourceSpan span)
    {
        var kind = backend.CdromMedia ? "cdrom" : bus == "fdc" ? "floppy" : "disk";
        var disk = new Disk
        {
            Type = backend.Source?.Type ?? "file",
            DeviceKind = kind,
            Source = backend.Source ?? new DiskSource { Type = "file" },
            BackingStore = backend.BackingStore,
            BackingStoreTerminated = backend.BackingStoreTerminated,
            Driver = backend.Driver,
            Target = new DiskTarget(DiskTargets.Name(bus, index), bus),
            // A CD-ROM is read-only by nature; <readonly/> is only written for other disks (libvirt adds it itself).
            ReadOnly = backend.ReadOnly && kind != "cdrom",
            Serial = backend.Serial,
            AuthInDiskElement = backend.Source?.Auth?.SecretType == "iscsi",
            Info = new DeviceInfo { Address = address, Span = span },
        };
        ctx.AddDevice(disk);
        return disk;
    }

    private static DiskSource? ReadSource(LiftContext ctx, PropertyBag p)
    {
        if (p.GetString("file") is not { Length: > 0 } file)
        {
            return null;
        }

        var source = LegacyFileName.Parse(file, out var error);
        if (error is not null)
        {
            ctx.Malformed(p.Get("file")!, $"-drive: {error}");
        }

        // An RBD image without mon_host= finds its monitors in CEPH_ARGS="-m host:port,..." (librados).
        if (source is { Protocol: "rbd", Hosts.IsEmpty: true } && ctx.Env("CEPH_ARGS") is { } ceph && ceph.StartsWith("-m ", StringComparison.Ordinal))
        {
            source = source with { Hosts = ceph[3..].Split(',').Select(LegacyFileName.HostPort).ToEquatableArray() };
        }

        return source;
    }

    private static int? ReadIndex(LiftContext ctx, PropertyBag p, string bus, out DriveAddress? address)
    {
        address = null;
        var perBus = DiskTargets.UnitsPerBus(bus);
        int? Number(string key, int max)
        {
            if (p.Get(key) is not { } v)
            {
                return null;
            }

            if (p.GetInt64(key) is { } n and >= 0 && n < max)
            {
                return (int)n;
            }

            ctx.Malformed(v, $"-drive: {key}= must be a number below {max} for this interface");
            return -1;
        }

        var index = Number("index", 1000);
        var busNo = Number("bus", 1000 / perBus);
        var unit = Number("unit", perBus);
        if (index < 0 || busNo < 0 || unit < 0)
        {
            return null;
        }

        var used = ctx.State<DriveIndexes>();
        if (index is null && (busNo is not null || unit is not null))
        {
            index = ((busNo ?? 0) * perBus) + (unit ?? 0);
            if (bus is "ide" or "fdc" or "scsi")
            {
                address = new DriveAddress(bus == "scsi" ? busNo ?? 0 : 0, bus == "scsi" ? 0 : busNo ?? 0, 0, unit ?? 0);
            }
        }

        if (index is { } i)
        {
            if (!used.TryTake(bus, i))
            {
                ctx.Error(LiftCodes.Contradiction, p.Span, $"-drive: {DiskTargets.Name(bus, i)} is defined twice");
                return null;
            }

            return i;
        }

        return used.NextFree(bus);
    }

    // file.* are options of the protocol layer (file.debug=4 for gluster): libvirt did not carry them.
    private static PropertyBag WithoutFileOptions(PropertyBag p) =>
        new([.. p.Where(e => !e.Key.StartsWith("file.", StringComparison.Ordinal))], p.Source, p.Span);
}
