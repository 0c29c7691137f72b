using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// The passes in the order libvirt applies the equivalent steps: post-parse defaults
/// (virDomainDefPostParse / qemuDomainDefPostParse), validation, then alias and address
/// assignment (qemuAssignDeviceAliases, qemuDomainAssignAddresses) at command-line build time.
/// </summary>
public static class PassPipeline
{
    /// <summary>What libvirt stores after parsing (the inactive XML): memory sizes as given.</summary>
    public static IReadOnlyList<IDomainPass> Normalize { get; } = Passes(startTime: false);

    /// <summary>
    /// What the command line is built from: <see cref="Normalize"/> plus what libvirt decides only when it
    /// starts a guest (qemuProcessPrepareDomain): memory rounding, graphics listens/ports/render nodes, USB ports.
    /// </summary>
    public static IReadOnlyList<IDomainPass> ToNative { get; } = Passes(startTime: true);

    private static IDomainPass[] Passes(bool startTime) =>
    [
        new PlatformValidatePass(),
        new NumaValidatePass(),
        new MachinePass(),
        .. (startTime ? [new FirmwarePass()] : Array.Empty<IDomainPass>()),
        new BootDefaultsPass(),
        new EmulatorDefaultPass(),
        startTime ? new MemoryAlignPass() : new MemoryTotalPass(),
        new CpuDefaultsPass(),
        new DiskDefaultsPass(),
        new DiskSourceDefaultsPass(),
        new DriveAddressPass(),
        new ScsiHostdevAddressPass(),
        new ImplicitControllersPass(),
        new ImplicitDevicesPass(),
        new CharDeviceDefaultsPass(startTime),
        new MacAddressPass(),
        new NetDefaultsPass(),
        new SmartcardDefaultsPass(),
        new VsockDefaultsPass(), new ShmemDefaultsPass(),
        new ControllerOrderPass(),
        new GraphicsPass(startTime),
        new VideoPass(),
        new InputPass(),
        new ValidatePass(),
        new DiskValidatePass(),
        new FilesystemValidatePass(),
        new HostdevValidatePass(),
        new BootOrderValidatePass(),
        new SpaprVioAddressPass(),
        new PciAddressPass(),
        .. (startTime ? [new UsbAddressPass()] : Array.Empty<IDomainPass>()),
        new AliasPass(),
    ];

    /// <summary>Runs <paramref name="passes"/> (default <see cref="Normalize"/>), stopping at the first pass that reports an error.</summary>
    public static Domain Run(Domain domain, CompilationContext ctx, IReadOnlyList<IDomainPass>? passes = null)
    {
        foreach (var pass in passes ?? Normalize)
        {
            domain = pass.Run(domain, ctx);
            if (ctx.Diagnostics.HasErrors)
            {
                break;
            }
        }

        return domain;
    }
}
