using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// Disks (qemuBuildDisksCommandLine): per disk its <c>-blockdev</c> chain then its frontend
/// <c>-device</c>. Boot order comes from &lt;boot order&gt; or the &lt;os&gt;&lt;boot dev&gt; list.
/// </summary>
public sealed class DiskEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var names = new BlockNodeNames(ctx.Domain);
        var boot = BootIndexes.For(ctx.Domain);
        foreach (var disk in ctx.Domain.DevicesOf<Disk>())
        {
            var bootIndex = boot.TryGetValue(disk, out var b) ? b : (int?)null;
            if (DiskBus.BusOf(disk) == "fdc")
            {
                EmitFloppyGlobal(ctx, disk, bootIndex);
            }

            var drive = BlockdevEmitter.Emit(ctx, disk, names);
            var props = FrontendProps(ctx, disk, drive, bootIndex);
            if (props is not null)
            {
                ctx.Add("-device", props);
            }
        }
    }

    private static void EmitFloppyGlobal(EmitContext ctx, Disk disk, int? bootIndex)
    {
        if (bootIndex is { } bi && disk.Info.Address is DriveAddress a)
        {
            ctx.Add("-global", $"isa-fdc.bootindex{(char)('A' + a.Unit)}={bi}");
        }
    }

    private static JsonProps? FrontendProps(EmitContext ctx, Disk disk, string? drive, int? bootIndex)
    {
        var bus = DiskBus.BusOf(disk);
        var props = new JsonProps();
        switch (bus)
        {
            case "ide" or "sata":
                var a = (DriveAddress)disk.Info.Address!;
                props.Add("driver", disk.DeviceKind == "cdrom" ? "ide-cd" : "ide-hd");
                props.Add("bus", bus == "sata" ? $"ide.{a.Unit}" : $"ide.{a.Bus}");
                if (bus == "ide")
                {
                    props.Add("unit", a.Unit);
                }

                break;
            case "fdc":
                props.Add("driver", "floppy");
                props.Add("unit", ((DriveAddress)disk.Info.Address!).Unit);
                if (drive is not null)
                {
                    props.Add("drive", drive);
                }

                props.Add("id", disk.Info.Alias ?? "fdc0-0-0");
                return props;
            case "virtio":
                props.Add("driver", "virtio-blk-pci");
                if (disk.Driver.Queues is { } q)
                {
                    props.Add("num-queues", q);
                }

                if (disk.Driver.QueueSize is { } qs)
                {
                    props.Add("queue-size", qs);
                }

                DeviceAddressProps.Add(props, disk, ctx.Domain);
                break;
            default:
                ctx.Error("QC0100", disk.Info, $"disk bus '{bus}' is not supported by qconv yet");
                return null;
        }

        if (drive is not null)
        {
            props.Add("drive", drive);
        }

        if (disk.Info.Alias is { } id)
        {
            props.Add("id", id);
        }

        if (bootIndex is { } bi)
        {
            props.Add("bootindex", bi);
        }

        return props;
    }
}
