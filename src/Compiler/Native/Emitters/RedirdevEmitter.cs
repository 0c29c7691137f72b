using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>USB redirection (qemuBuildRedirdevCommandLine): the chardev, then a usb-redir device on its USB port.</summary>
public sealed class RedirdevEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var boot = BootIndexes.Of(ctx);
        foreach (var r in ctx.Domain.DevicesOf<Redirdev>())
        {
            var alias = r.Info.Alias ?? "redir0";
            ChardevBackend.Emit(ctx, r.Source, "char" + alias, r);
            var props = new JsonProps().Add("driver", "usb-redir").Add("chardev", "char" + alias).Add("id", alias);
            props.AddIfNotNull("bootindex", boot.TryGetValue(r, out var b) ? b : null);
            DeviceAddressProps.Add(props, r, ctx.Domain);
            ctx.Add("-device", props);
        }
    }
}
