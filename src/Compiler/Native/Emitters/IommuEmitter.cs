using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// The IOMMU device after -boot (qemuBuildIOMMUCommandLine): intel-iommu with its switches
/// (intremap and eim are QEMU on/off strings, the rest booleans/numbers), or virtio-iommu on the
/// PCIe root bus.
/// </summary>
public sealed class IommuEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        foreach (var iommu in ctx.Domain.DevicesOf<Iommu>())
        {
            var alias = iommu.Info.Alias ?? "iommu0";
            switch (iommu.Model)
            {
                case "intel":
                    var props = new JsonProps().Add("driver", "intel-iommu").Add("id", alias);
                    if (iommu.InterruptRemapping is { } ir)
                    {
                        props.Add("intremap", ir ? "on" : "off");
                    }

                    props.AddIfNotNull("caching-mode", iommu.CachingMode);
                    if (iommu.Eim is { } eim)
                    {
                        props.Add("eim", eim ? "on" : "off");
                    }

                    props.AddIfNotNull("device-iotlb", iommu.DeviceIotlb);
                    props.AddIfNotNull("aw-bits", iommu.AwBits);
                    ctx.Add("-device", props);
                    break;
                case "virtio":
                    var v = new JsonProps().Add("driver", "virtio-iommu").Add("id", alias);
                    v.AddIfNotNull("boot-bypass", iommu.BootBypass);
                    DeviceAddressProps.Add(v, iommu, ctx.Domain);
                    ctx.Add("-device", v);
                    break;
            }
        }
    }
}
