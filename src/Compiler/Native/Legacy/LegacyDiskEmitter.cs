using Qconv.Compiler.Caps;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Native.Legacy;

/// <summary>
/// Disks as <c>-drive file=...,if=BUS,index=N[,media=cdrom]</c> when QEMU has <c>-drive</c>, else
/// the oldest form <c>-hda</c>/<c>-cdrom</c>/<c>-fda</c>.
/// </summary>
public sealed class LegacyDiskEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        foreach (var disk in ctx.Domain.DevicesOf<Disk>())
        {
            var bus = DiskBus.BusOf(disk);
            var index = DiskBus.NameToIndex(disk.Target.Dev);
            var path = disk.Source?.Path;
            if (!ctx.Caps.Has(new QemuCap("drive")))
            {
                EmitOldest(ctx, disk, path);
                continue;
            }

            var kv = new KeyValueWriter();
            if (path is not null)
            {
                kv.Add("file", path);
            }

            kv.Add("if", bus == "fdc" ? "floppy" : bus);
            kv.Add("index", index);
            if (disk.DeviceKind == "cdrom")
            {
                kv.Add("media", "cdrom");
            }

            if (disk.Driver.Format is { } fmt && ctx.Caps.Has(new QemuCap("drive-format")))
            {
                kv.Add("format", fmt);
            }

            if (disk.Driver.Cache is { } cache && ctx.Caps.Has(new QemuCap("drive-cache-v2")))
            {
                kv.Add("cache", cache);
            }

            if (disk.ReadOnly && disk.DeviceKind != "cdrom")
            {
                kv.Add("readonly", "on");
            }

            ctx.Add("-drive", kv);
        }
    }

    private static void EmitOldest(EmitContext ctx, Disk disk, string? path)
    {
        var dev = disk.Target.Dev;
        var option = disk.DeviceKind == "cdrom" && dev == "hdc" ? "-cdrom" : "-" + dev;
        ctx.Add(option, path ?? string.Empty);
    }
}
