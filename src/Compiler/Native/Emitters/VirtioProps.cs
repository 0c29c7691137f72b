using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// The start of every virtio device's properties (qemuBuildVirtioDevProps): the driver, then the
/// virtio transport options of &lt;driver iommu= ats= packed= page_per_vq=&gt;.
/// </summary>
public static class VirtioProps
{
    public static JsonProps Create(string driver, EquatableArray<Attr> driverAttrs) =>
        Create(driver, VirtioOptions.FromAttributes(driverAttrs));

    public static JsonProps Create(string driver, VirtioOptions options) =>
        VirtioOptionsProps.Add(new JsonProps().Add("driver", driver), options);
}
