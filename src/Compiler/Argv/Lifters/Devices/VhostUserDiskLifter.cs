using System.Collections.Frozen;
using Qconv.Compiler.Argv.Lifters.Options;
using Qconv.Compiler.Argv.Lifters.Storage;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// <c>vhost-user-blk-pci</c>: a disk served by a vhost-user backend over a unix socket
/// (&lt;disk type='vhostuser'&gt;&lt;source type='unix' path=...&gt;, the mirror of to-native's
/// DiskEmitter.VhostUserChardev): <c>chardev=</c> names a <c>-chardev socket,path=</c> whose
/// reconnect= is the source's &lt;reconnect&gt;. libvirt only supports raw data over vhost-user.
/// </summary>
public sealed class VhostUserDiskLifter : IDeviceLifter
{
    private static readonly FrozenSet<string> Known = DeviceProps.Understood(["chardev", "num-queues", "queue-size"]);

    public IReadOnlyList<string> Drivers { get; } = ["vhost-user-blk-pci", "vhost-user-blk-pci-transitional", "vhost-user-blk-pci-non-transitional"];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        if (p.GetEntry("chardev") is not { } entry || p.GetString("chardev") is not { } id)
        {
            ctx.KeepAsPassthrough(option, "vhost-user-blk without chardev= has no domain XML form");
            return;
        }

        if (ctx.Resolve("chardev", id, entry.Value.Span) is not { } chardev)
        {
            return;
        }

        if (chardev.Payload is not ChardevSource { Type: "unix", Listen: false } socket)
        {
            ctx.Warning(LiftCodes.IgnoredProperty, entry.KeySpan, $"-device {p.GetString("driver")}: chardev '{id}' is not a unix socket QEMU connects to, as libvirt writes for vhost-user disks");
            return;
        }

        var source = new DiskSource { Type = "vhostuser", Path = socket.Path, ReconnectTimeout = socket.ReconnectTimeout };
        var driver = new DiskDriver
        {
            Name = "qemu",
            Format = "raw",
            Queues = p.GetInt64("num-queues") is { } q ? (int)q : null,
            QueueSize = p.GetInt64("queue-size") is { } qs ? (int)qs : null,
            Virtio = VirtioProps.Read(p),
        };
        var info = DeviceProps.Info(option, p, ctx);
        var disk = DriveLifter.AddDisk(ctx, new DriveBackend(source, driver, false, null, false), "virtio", Index(p, ctx), null, option.Span);
        var model = p.GetString("driver") switch
        {
            "vhost-user-blk-pci-transitional" => "virtio-transitional",
            "vhost-user-blk-pci-non-transitional" => "virtio-non-transitional",
            _ => null,
        };
        ctx.ReplaceDevice(disk, disk with { Model = model, Info = info });
        ctx.IgnoreProperties(option, p, Known);
    }

    private static int Index(PropertyBag p, LiftContext ctx) => ctx.State<DriveIndexes>().Virtio(p.GetString("id"));
}
