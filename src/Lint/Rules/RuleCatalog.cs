namespace Qconv.Lint.Rules;

/// <summary>
/// Every lint rule, in id order. Listed by hand rather than discovered by reflection: startup
/// time matters to a linter that CI runs on every push.
/// </summary>
public static class RuleCatalog
{
    public static IReadOnlyList<IRule> All { get; } =
    [
        new QL0000MalformedXml(),
        new QL0001SchemaViolation(),
        new QL0002MissingName(),
        new QL0003SysinfoUuidMismatch(),
        new QL0004MulticastMac(),
        new QL0005DuplicateDiskTarget(),
        new QL0006PciAddressConflict(),
        new QL0007DeprecatedClockSync(),
        new QL0008MemorySizes(),
        new QL0009VcpuCounts(),
        new QL0010DriveAddressConflict(),
        new QL0011DiskTargetMissing(),
        new QL0012DiskSourceKind(),
        new QL0013DiskEncryption(),
        new QL0014DiskAuth(),
        new QL0015ScsiOnlyDiskOptions(),
        new QL0016DiskImageFormat(),
        new QL0017SharedWritableDisk(),
        new QL0018ImageOutsideDirectories(),
        new QL0019VncOpenWithoutPassword(),
        new QL0020HostdevSetup(),
        new QL0021Numatune(),
        new QL0022TpmBackend(),
        new QL0023Zpci(),
        new QL0024PciControllerLayout(),
        new QL0025MachinePciRoot(),
        new QL0026PseriesPhb(),
        new QL0027MachineSpecificDevices(),
        new QL0028UsbTopology(),
        new QL0029BootOrderMixed(),
        new QL0030HugepageNodes(),
        new QL0031LegacyIvshmem(),
        new QL0032CharDeviceSource(),
        new QL0033Seclabels(),
        new QL0034Firmware(),
        new QL0035Video(),
        new QL0036NetQueueSize(),
        new QL0037CpuModeOptions(),
        new QL0038CpuFeatureConflict(),
        new QL0039SmmTseg(),
        new QL0040SmbiosDate(),
        new QL0041VirtiofsReadonly(),
        new QL0042CputuneOverlap(),
        new QL0043MemoryDeviceNode(),
        new QL0044DeviceAddressType(),
        new QL0045OpenGlDisplays(),
        new QL0046PanicAddress(),
        new QL0047EmulatorArch(),
        new QL0048DuplicateHostdevSource(),
        new QL0049VirtioInputTransitional(),
        new QL0050UnsupportedVirtType(),
        new QL0051UnsupportedMachine(),
        new QL0052AcpiSuspendStates(),
    ];

    public static IRule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
}
