using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// USB hubs (qemuBuildHubCommandLine): a <c>usb-hub</c> device on its USB port, emitted after the
/// memory devices and before the CCID controllers so devices behind the hub find it already created.
/// </summary>
public sealed class HubEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        foreach (var h in ctx.Domain.DevicesOf<Hub>())
        {
            var props = new JsonProps().Add("driver", "usb-hub").Add("id", h.Info.Alias ?? "hub0");
            DeviceAddressProps.Add(props, h, ctx.Domain);
            ctx.Add("-device", props);
        }
    }
}
