using System.Collections.Frozen;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>The virtio memory balloon: &lt;memballoon model='virtio[-transitional|-non-transitional]'&gt; with its virtio &lt;driver&gt; options.</summary>
public sealed class BalloonDeviceLifter : IDeviceLifter
{
    private static readonly FrozenSet<string> Known = DeviceProps.Understood(["deflate-on-oom", "free-page-reporting"]);

    public IReadOnlyList<string> Drivers { get; } =
        ["virtio-balloon-pci", "virtio-balloon-pci-transitional", "virtio-balloon-pci-non-transitional", "virtio-balloon"];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        var model = p.GetString("driver") switch
        {
            "virtio-balloon-pci-transitional" => "virtio-transitional",
            "virtio-balloon-pci-non-transitional" => "virtio-non-transitional",
            _ => "virtio",
        };
        ctx.AddDevice(new Memballoon
        {
            Model = model,
            AutoDeflate = p.GetBool("deflate-on-oom") is { } d ? (d ? "on" : "off") : null,
            FreePageReporting = p.GetBool("free-page-reporting") is { } f ? (f ? "on" : "off") : null,
            Driver = VirtioProps.Attributes(p).ToEquatableArray(),
            Info = DeviceProps.Info(option, p, ctx),
        });
        ctx.IgnoreProperties(option, p, Known);
    }
}
