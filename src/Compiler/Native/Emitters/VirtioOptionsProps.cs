using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// The generic virtio options as -device properties (qemuBuildVirtioOptionsProps), placed right
/// after the driver: iommu_platform, ats, packed, page-per-vq.
/// </summary>
public static class VirtioOptionsProps
{
    public static JsonProps Add(JsonProps props, VirtioOptions? options)
    {
        if (options is null)
        {
            return props;
        }

        props.AddIfNotNull("iommu_platform", options.Iommu);
        props.AddIfNotNull("ats", options.Ats);
        props.AddIfNotNull("packed", options.Packed);
        props.AddIfNotNull("page-per-vq", options.PagePerVq);
        return props;
    }
}
