using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// The start of a virtio device's properties (qemuBuildVirtioDevProps): the driver name with its
/// bus suffix (<c>-pci</c>, or <c>-pci-transitional</c>/<c>-pci-non-transitional</c> for the
/// explicit virtio models) followed by the common virtio options of &lt;driver&gt;.
/// </summary>
public static class VirtioDevProps
{
    public static JsonProps Create(string baseName, string? model, VirtioOptions options)
    {
        var suffix = model switch
        {
            "virtio-transitional" => "-pci-transitional",
            "virtio-non-transitional" => "-pci-non-transitional",
            _ => "-pci",
        };
        return WithOptions(new JsonProps().Add("driver", baseName + suffix), options);
    }

    public static JsonProps WithOptions(JsonProps props, VirtioOptions options) => props
        .AddIfNotNull("iommu_platform", options.Iommu)
        .AddIfNotNull("ats", options.Ats)
        .AddIfNotNull("packed", options.Packed)
        .AddIfNotNull("page-per-vq", options.PagePerVq);
}
