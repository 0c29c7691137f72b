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
                if (device is GenericDevice generic)
                {
                    WriteGeneric(x, generic);
                }
                else if (DeviceWriters.ByElement.TryGetValue(family, out var writer))
                {
                    writer.Write(x, device);
                }
            }
        }

        x.Close();
    }

    // The node's own children, then the common device children (address...) as typed writers do.
    private static void WriteGeneric(XmlTextBuilder x, GenericDevice device)
    {
        var node = device.Node;
        var attrs = node.Attributes.Select(a => (a.Key, (string?)a.Value)).ToArray();
        if (node.Children.IsEmpty && device.Info.Address is null && node.Text is null)
        {
            x.Empty(node.Name, attrs);
            return;
        }

        x.Open(node.Name, attrs);
        foreach (var c in node.Children)
        {
            GenericNodeWriter.Write(x, c);
        }

        DeviceInfoWriter.Write(x, device.Info);
        x.Close();
    }
}
