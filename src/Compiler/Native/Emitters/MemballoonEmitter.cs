using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>The virtio memory balloon (qemuBuildMemballoonCommandLine); model 'none' emits nothing.</summary>
public sealed class MemballoonEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        foreach (var b in ctx.Domain.DevicesOf<Memballoon>())
        {
            var driver = b.Model switch
            {
                "virtio" => "virtio-balloon-pci",
                "virtio-transitional" => "virtio-balloon-pci-transitional",
                "virtio-non-transitional" => "virtio-balloon-pci-non-transitional",
                _ => null,
            };
            if (driver is null)
            {
                continue;
            }

            var props = new JsonProps().Add("driver", driver);
            VirtioOptionsProps.Add(props, VirtioOptions.FromAttributes(b.Driver));
            props.Add("id", b.Info.Alias ?? "balloon0");
            DeviceAddressProps.Add(props, b, ctx.Domain);
            if (b.AutoDeflate is { } ad)
            {
                props.Add("deflate-on-oom", ad == "on");
            }

            if (b.FreePageReporting is { } fpr)
            {
                props.Add("free-page-reporting", fpr == "on");
            }

            ctx.Add("-device", props);
        }
    }
}
