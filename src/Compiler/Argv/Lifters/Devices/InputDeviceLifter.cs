using System.Collections.Frozen;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>USB and virtio input devices: <c>usb-mouse</c>, <c>usb-tablet</c>, <c>usb-kbd</c>, <c>virtio-*-pci</c>, and <c>virtio-input-host-pci</c> (a host evdev device: &lt;input type='passthrough'&gt;).</summary>
public sealed class InputDeviceLifter : IDeviceLifter
{
    private static readonly FrozenSet<string> Known = DeviceProps.Understood(["evdev"]);

    public IReadOnlyList<string> Drivers { get; } =
        ["usb-mouse", "usb-tablet", "usb-kbd", "virtio-mouse-pci", "virtio-tablet-pci", "virtio-keyboard-pci", "virtio-input-host-pci"];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        var (bus, type) = p.GetString("driver") switch
        {
            "usb-mouse" => ("usb", "mouse"),
            "usb-tablet" => ("usb", "tablet"),
            "usb-kbd" => ("usb", "keyboard"),
            "virtio-mouse-pci" => ("virtio", "mouse"),
            "virtio-tablet-pci" => ("virtio", "tablet"),
            "virtio-input-host-pci" => ("virtio", "passthrough"),
            _ => ("virtio", "keyboard"),
        };
        ctx.AddDevice(new Input
        {
            Type = type,
            Bus = bus,
            SourcePath = type == "passthrough" ? p.GetString("evdev") : null,
            Virtio = VirtioProps.Read(p),
            Info = DeviceProps.Info(option, p, ctx),
        });
        ctx.IgnoreProperties(option, p, Known);
    }
}
