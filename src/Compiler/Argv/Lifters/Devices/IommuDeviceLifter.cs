using System.Collections.Frozen;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// IOMMUs (the mirror of to-native's IommuEmitter): <c>intel-iommu</c> with intremap/eim (on/off
/// strings), caching-mode, device-iotlb and aw-bits → &lt;iommu model='intel'&gt;&lt;driver&gt;, and
/// <c>virtio-iommu</c> with boot-bypass → &lt;iommu model='virtio'&gt;.
/// </summary>
public sealed class IommuDeviceLifter : IDeviceLifter
{
    private static readonly FrozenSet<string> Known = DeviceProps.Understood(["intremap", "caching-mode", "eim", "device-iotlb", "aw-bits", "boot-bypass"]);

    public IReadOnlyList<string> Drivers { get; } = ["intel-iommu", "virtio-iommu", "virtio-iommu-pci"];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        ctx.AddDevice(new Iommu
        {
            Model = p.GetString("driver") == "intel-iommu" ? "intel" : "virtio",
            InterruptRemapping = p.GetBool("intremap"),
            CachingMode = p.GetBool("caching-mode"),
            Eim = p.GetBool("eim"),
            DeviceIotlb = p.GetBool("device-iotlb"),
            AwBits = p.GetInt64("aw-bits") is { } bits ? (int)bits : null,
            BootBypass = p.GetBool("boot-bypass"),
            Info = DeviceProps.Info(option, p, ctx),
        });
        ctx.IgnoreProperties(option, p, Known);
    }
}
