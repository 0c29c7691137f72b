namespace Qconv.Compiler.Native.Emitters.Storage;

/// <summary>SCSI controller models (https://libvirt.org/formatdomain.html#controllers) and their QEMU devices.</summary>
public static class ScsiControllerModels
{
    /// <summary>HBAs with one target per bus, addressed by bus and unit (qemuBuildDeviceAddressDriveProps).</summary>
    public static bool IsSingleTarget(string? model) => model is "lsilogic" or "ncr53c90" or "dc390" or "am53c974";

    public static bool IsVirtio(string? model) => model is "virtio-scsi" or "virtio-transitional" or "virtio-non-transitional";

    /// <summary>The QEMU device of a SCSI controller model (qemuBuildControllerSCSIDevProps).</summary>
    public static string? Driver(string? model) => model switch
    {
        "virtio-scsi" => "virtio-scsi-pci",
        "virtio-transitional" => "virtio-scsi-pci-transitional",
        "virtio-non-transitional" => "virtio-scsi-pci-non-transitional",
        "lsilogic" => "lsi",
        "ibmvscsi" => "spapr-vscsi",
        "lsisas1068" => "mptsas1068",
        "lsisas1078" => "megasas",
        "vmpvscsi" => "pvscsi",
        "am53c974" => "am53c974",
        "dc390" => "dc-390",
        "ncr53c90" => "esp",
        _ => null,
    };
}
