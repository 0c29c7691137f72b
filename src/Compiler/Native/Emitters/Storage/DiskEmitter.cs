using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Native.Emitters.Storage;

/// <summary>
/// Disks (qemuBuildDisksCommandLine): first the floppy controller's boot indexes, then per disk its
/// <c>-blockdev</c> chain (or vhost-user chardev, or legacy <c>-drive</c> for SD cards) and its
/// frontend <c>-device</c>. Boot order comes from &lt;boot order&gt; or the &lt;os&gt;&lt;boot dev&gt; list.
/// </summary>
public sealed class DiskEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var names = new BlockNodeNames(ctx.Domain);
        var boot = BootIndexes.Of(ctx);
        FloppyController(ctx, boot);
        var ordinal = -1;
        foreach (var parsed in ctx.Domain.DevicesOf<Disk>())
        {
            ordinal++;
            var bootIndex = boot.TryGetValue(parsed, out var b) ? b : (int?)null;

            // Transient disks sharing their backing image are hot-plugged once their overlay exists.
            if (parsed.Transient && parsed.TransientShareBacking)
            {
                continue;
            }

            if (VolumeSource.Translate(ctx, parsed) is not { } translated)
            {
                continue;
            }

            var disk = PrepareForStart(translated);
            var bus = DiskBus.BusOf(disk);
            if (bus == "sd")
            {
                SdCard(ctx, disk);
                continue;
            }

            string? drive = null;
            if (disk.Source.Type == "vhostuser")
            {
                VhostUserChardev(ctx, disk);
            }
            else
            {
                drive = BlockdevEmitter.Emit(ctx, disk, ordinal, names);
            }

            if (DiskFrontendProps.Build(ctx, disk, drive, bootIndex) is { } props)
            {
                ctx.Add("-device", props);
            }
        }
    }

    /// <summary>
    /// Start-time adjustments that do not show in the domain XML (qemuDomainPrepareDiskCachemode):
    /// a writable shared disk must not be cached by the host.
    /// </summary>
    private static Disk PrepareForStart(Disk disk) =>
        disk.Driver.Cache is null or "default" && disk.Shareable && !disk.ReadOnly
            ? disk with { Driver = disk.Driver with { Cache = "none" } }
            : disk;

    /// <summary>
    /// Floppies boot through the FDC's bootindexA/B. Machines without an implicit ISA FDC (newer Q35)
    /// get an explicit isa-fdc device; otherwise the implicit one is tuned with -global
    /// (qemuBuildFloppyCommandLineControllerOptions).
    /// </summary>
    private static void FloppyController(EmitContext ctx, Dictionary<Device, int> boot)
    {
        int? a = null, b = null;
        var any = false;
        foreach (var disk in ctx.Domain.DevicesOf<Disk>().Where(d => DiskBus.BusOf(d) == "fdc"))
        {
            any = true;
            var index = boot.TryGetValue(disk, out var bi) ? bi : (int?)null;
            if (disk.Info.Address is DriveAddress { Unit: > 0 })
            {
                b = index;
            }
            else
            {
                a = index;
            }
        }

        if (!any)
        {
            return;
        }

        if (MachineKind.IsQ35(ctx.Domain.Os.Machine))
        {
            var props = new JsonProps().Add("driver", "isa-fdc");
            props.AddIfNotNull("bootindexA", a);
            props.AddIfNotNull("bootindexB", b);
            ctx.Add("-device", props);
            return;
        }

        if (a is { } ia)
        {
            ctx.Add("-global", $"isa-fdc.bootindexA={ia}");
        }

        if (b is { } ib)
        {
            ctx.Add("-global", $"isa-fdc.bootindexB={ib}");
        }
    }

    private static void VhostUserChardev(EmitContext ctx, Disk disk)
    {
        var kv = new KeyValueWriter("socket")
            .Add("id", DiskFrontendProps.VhostUserChardev(disk))
            .Add("path", disk.Source.Path ?? string.Empty);
        if (disk.Source.ReconnectTimeout is { } t)
        {
            kv.Add("reconnect", t);
        }

        ctx.Add("-chardev", kv);
    }

    /// <summary>SD cards have no -device model in QEMU; libvirt still uses -drive if=sd for them.</summary>
    private static void SdCard(EmitContext ctx, Disk disk)
    {
        var kv = new KeyValueWriter();
        if (!disk.Source.IsEmpty && disk.Source.Path is { } path)
        {
            kv.Add("file", path);
        }

        kv.Add("format", disk.Driver.Format ?? "raw");
        kv.Add("if", "sd");
        kv.Add("index", Math.Max(DiskBus.NameToIndex(disk.Target.Dev), 0));
        if (disk.ReadOnly)
        {
            kv.Add("readonly", "on");
        }

        ctx.Add("-drive", kv);
    }
}
