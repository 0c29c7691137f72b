using Qconv.Compiler.DomainXml.Writers.Devices;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Writers;

/// <summary>
/// &lt;devices&gt;: the emulator, then each family in libvirt's formatting order
/// (virDomainDefFormatInternal), devices of a family in their stored order.
/// </summary>
internal static class DevicesWriter
{
    /// <summary>libvirt's device formatting order, by element name.</summary>
    public static readonly string[] FamilyOrder =
    [
        "disk", "controller", "lease", "filesystem", "interface", "smartcard", "serial", "parallel", "console",
        "channel", "input", "tpm", "graphics", "sound", "audio", "video", "hostdev", "redirdev", "redirfilter",
        "hub", "watchdog", "memballoon", "rng", "nvram", "panic", "shmem", "memory", "iommu", "vsock", "crypto",
    ];

    public static void Write(XmlTextBuilder x, Domain d)
    {
        x.Open("devices");
        DomainXmlWriter.OptionalText(x, "emulator", d.Emulator);
        foreach (var family in FamilyOrder)
        {
            foreach (var device in d.Devices.Where(dev => dev.ElementName == family))
            {
                if (DeviceWriters.ByElement.TryGetValue(family, out var writer))
                {
                    writer.Write(x, device);
                }
            }
        }

        x.Close();
    }
}
