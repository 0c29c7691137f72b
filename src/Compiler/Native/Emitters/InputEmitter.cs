using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// Input devices (qemuBuildInputCommandLine). PS/2 devices are part of the chipset and need no
/// argument; USB and virtio ones become <c>-device</c>; a host evdev device shared with the guest
/// is an <c>input-linux</c> object.
/// </summary>
public sealed class InputEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        foreach (var input in ctx.Domain.DevicesOf<Input>())
        {
            if (input.Type == "evdev")
            {
                var obj = new JsonProps().Add("qom-type", "input-linux").Add("id", input.Info.Alias ?? "input")
                    .AddIfNotNull("evdev", input.SourcePath).AddIfNotNull("repeat", input.Repeat);
                if (input.Grab == "all")
                {
                    obj.Add("grab_all", true);
                }

                obj.AddIfNotNull("grab-toggle", input.GrabToggle);
                ctx.Add("-object", obj);
                continue;
            }

            JsonProps? props = input.Bus switch
            {
                "usb" => UsbProps(input),
                "virtio" => VirtioProps(input),
                _ => null,
            };
            if (props is null)
            {
                continue;
            }

            DeviceAddressProps.Add(props, input, ctx.Domain);
            ctx.Add("-device", props);
        }
    }

    private static JsonProps? UsbProps(Input input)
    {
        var driver = input.Type switch
        {
            "mouse" => "usb-mouse",
            "tablet" => "usb-tablet",
            "keyboard" => "usb-kbd",
            _ => null,
        };
        return driver is null ? null : new JsonProps().Add("driver", driver).AddIfNotNull("id", input.Info.Alias);
    }

    private static JsonProps? VirtioProps(Input input)
    {
        var name = input.Type switch
        {
            "mouse" => "virtio-mouse",
            "tablet" => "virtio-tablet",
            "keyboard" => "virtio-keyboard",
            "passthrough" => "virtio-input-host",
            _ => null,
        };
        return name is null
            ? null
            : VirtioDevProps.Create(name, input.Virtio)
                .AddIfNotNull("id", input.Info.Alias)
                .AddIfNotNull("evdev", input.Type == "passthrough" ? input.SourcePath : null);
    }
}
