namespace Qconv.Compiler.Native.Legacy;

/// <summary>
/// The command line of QEMU builds that predate <c>-device</c> (QEMU 0.10 era, the syntax of
/// libvirt's QEMU driver page): one option per device family with the device configuration inline
/// (<c>-drive ...,if=ide</c>, <c>-net nic</c>, <c>-serial</c>), in the order libvirt 0.6's
/// qemudBuildCommandLine wrote them. Chosen when the capabilities lack the <c>device</c> flag.
/// </summary>
public static class LegacyEmitterPipeline
{
    public static IReadOnlyList<IArgEmitter> Ordered { get; } =
    [
        new LegacyMachineEmitter(),
        new LegacyMemoryCpuEmitter(),
        new LegacyDisplayEmitter(),
        new LegacyBootEmitter(),
        new LegacyDiskEmitter(),
        new LegacyNetEmitter(),
        new LegacyCharEmitter(),
        new LegacyUsbEmitter(),
        new LegacyGraphicsEmitter(),
        Emitters.PassthroughEmitter.Instance,
    ];

    /// <summary>Passes that applied in that era: machine default and validation, no implicit devices or addresses.</summary>
    public static IReadOnlyList<Passes.IDomainPass> Passes { get; } =
    [
        new Passes.MachinePass(),
        new Passes.DriveAddressPass(),
        new Passes.MacAddressPass(),
        new Passes.ValidatePass(),
    ];
}
