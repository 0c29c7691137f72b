namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>
/// The interface models libvirt 9.0 knows by name (its virDomainNetModel enum). libvirt matches a
/// &lt;model type=...&gt; against them ignoring case, as model names were free-form strings before,
/// and from then on uses its own spelling (https://libvirt.org/formatdomain.html#setting-the-nic-model);
/// other names pass through unchanged as the QEMU device to use.
/// </summary>
internal static class NetModelNames
{
    private static readonly string[] Known =
    [
        "netfront", "rtl8139", "virtio", "e1000", "e1000e", "virtio-transitional", "virtio-non-transitional",
        "usb-net", "spapr-vlan", "lan9118", "scm91c111", "vlance", "vmxnet", "vmxnet2", "vmxnet3",
        "Am79C970A", "Am79C973", "82540EM", "82545EM", "82543GC",
    ];

    public static string? Canonical(string? model)
    {
        if (model is null)
        {
            return null;
        }

        foreach (var known in Known)
        {
            if (string.Equals(known, model, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return model;
    }
}
