using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// CCID (smartcard reader) controllers: <c>usb-ccid</c> devices on the USB bus. libvirt emits
/// them after USB hubs, separately from the other controllers (qemuBuildCommandLine).
/// </summary>
public sealed class CcidControllerEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        foreach (var c in ctx.Domain.DevicesOf<Controller>().Where(c => c.Type == "ccid"))
        {
            var props = new JsonProps().Add("driver", "usb-ccid").Add("id", c.Info.Alias ?? $"ccid{c.Index}");
            DeviceAddressProps.Add(props, c, ctx.Domain);
            ctx.Add("-device", props);
        }
    }
}
