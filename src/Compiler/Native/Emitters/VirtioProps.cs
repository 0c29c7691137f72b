using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// The start of every virtio device's properties (qemuBuildVirtioDevProps): the driver, then the
/// virtio transport options of &lt;driver iommu= ats= packed= page_per_vq=&gt;.
/// </summary>
public static class VirtioProps
{
    public static JsonProps Create(string driver, EquatableArray<KeyValuePair<string, string>> driverAttrs)
    {
        var props = new JsonProps().Add("driver", driver);
        NetEmitter.AddSwitch(props, "iommu_platform", Interface.Lookup(driverAttrs, "iommu"));
        NetEmitter.AddSwitch(props, "ats", Interface.Lookup(driverAttrs, "ats"));
        NetEmitter.AddSwitch(props, "packed", Interface.Lookup(driverAttrs, "packed"));
        NetEmitter.AddSwitch(props, "page-per-vq", Interface.Lookup(driverAttrs, "page_per_vq"));
        return props;
    }
}
