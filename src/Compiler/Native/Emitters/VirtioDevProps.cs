using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// The start of a virtio PCI device's properties (qemuBuildVirtioDevProps): the driver name with
/// its <c>-pci</c> bus suffix followed by the common virtio options of &lt;driver&gt;.
/// </summary>
public static class VirtioDevProps
{
    public static JsonProps Create(string baseName, VirtioOptions options) =>
        VirtioOptionsProps.Add(new JsonProps().Add("driver", baseName + "-pci"), options);
}
