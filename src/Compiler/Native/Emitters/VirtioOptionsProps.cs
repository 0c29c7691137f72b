using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>The virtio transport options of a device in libvirt's order (qemuBuildVirtioOptionsProps).</summary>
public static class VirtioOptionsProps
{
    public static JsonProps Add(JsonProps props, VirtioOptions? o)
    {
        if (o is null)
        {
            return props;
        }

        props.AddIfNotNull("iommu_platform", o.Iommu);
        props.AddIfNotNull("ats", o.Ats);
        props.AddIfNotNull("packed", o.Packed);
        props.AddIfNotNull("page-per-vq", o.PagePerVq);
        return props;
    }
}
