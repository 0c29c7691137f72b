using System.Collections.Frozen;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// Character device frontends, the mirror of to-native's CharDeviceEmitter: <c>isa-serial</c> (index=N),
/// <c>pci-serial</c>, <c>usb-serial</c>, <c>isa-debugcon</c> → &lt;serial&gt;; <c>isa-parallel</c> →
/// &lt;parallel&gt;; <c>virtserialport</c> → virtio &lt;channel&gt; (name=); <c>virtconsole</c> → virtio
/// &lt;console&gt;. The source is the <c>-chardev</c> that chardev= names.
/// </summary>
public sealed class CharDeviceLifter : IDeviceLifter
{
    private static readonly FrozenSet<string> Known = DeviceProps.Understood(["chardev", "index", "name"]);

    public IReadOnlyList<string> Drivers { get; } =
        ["isa-serial", "pci-serial", "usb-serial", "isa-debugcon", "isa-parallel", "virtserialport", "virtconsole"];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        if (DeviceProps.Reference(option, p, ctx, "chardev", "chardev") is not { } backend)
        {
            return;
        }

        if (backend.Payload is not ChardevSource src)
        {
            ctx.KeepAsPassthrough(option, $"chardev '{backend.Id}' has no domain XML form");
            backend.Used = false;
            return;
        }

        var driver = p.GetString("driver")!;
        var kind = driver switch
        {
            "isa-parallel" => "parallel",
            "virtserialport" => "channel",
            "virtconsole" => "console",
            _ => "serial",
        };
        var port = p.GetInt64("index") is { } index ? (int)index : ctx.Devices.Count(d => d.ElementName == kind);
        var device = new CharDevice { Kind = kind, Source = src, TargetPort = port, Info = DeviceProps.Info(option, p, ctx) };
        ctx.AddDevice(driver switch
        {
            "virtserialport" => device with { TargetType = "virtio", TargetName = p.GetString("name"), TargetPort = null },
            "virtconsole" => device with { TargetType = "virtio" },
            "isa-parallel" => device,
            _ => device with { TargetType = driver == "isa-debugcon" ? "isa-debug" : driver, TargetModel = driver },
        });
        ctx.IgnoreProperties(option, p, Known);
    }
}
