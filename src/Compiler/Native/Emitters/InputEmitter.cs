using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// Input devices (qemuBuildInputCommandLine). PS/2 devices are part of the chipset and need no
/// argument; USB and virtio ones become <c>-device</c>.
/// </summary>
public sealed class InputEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        foreach (var input in ctx.Domain.DevicesOf<Input>())
        {
            if (input.Type == "evdev")
            {
                ctx.Add("-object", InputLinuxObject.Build(input));
                continue;
            }

            var driver = (input.Bus, input.Type) switch
            {
                ("usb", "mouse") => "usb-mouse",
                ("usb", "tablet") => "usb-tablet",
                ("usb", "keyboard") => "usb-kbd",
                ("virtio", "mouse") => "virtio-mouse-pci",
                ("virtio", "tablet") => "virtio-tablet-pci",
                ("virtio", "keyboard") => "virtio-keyboard-pci",
                _ => null,
            };
            if (driver is null)
            {
                continue;
            }

            var props = new JsonProps().Add("driver", driver);
            if (input.Info.Alias is { } id)
            {
                props.Add("id", id);
            }

            DeviceAddressProps.Add(props, input, ctx.Domain);
            ctx.Add("-device", props);
        }
    }
}
