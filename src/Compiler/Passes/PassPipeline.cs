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
    public static IReadOnlyList<IDomainPass> Normalize { get; } = Passes(new MemoryTotalPass());

    /// <summary>What the command line is built from: as <see cref="Normalize"/>, with memory rounded as at process start.</summary>
    public static IReadOnlyList<IDomainPass> ToNative { get; } = Passes(new MemoryAlignPass());

    private static IDomainPass[] Passes(IDomainPass memory) =>
    [
        new MachinePass(),
        memory,
        new CpuDefaultsPass(),
        new DiskDefaultsPass(),
        new DriveAddressPass(),
        new ImplicitControllersPass(),
        new ImplicitDevicesPass(),
        new CharDeviceDefaultsPass(),
        new NetDefaultsPass(),
        new SmartcardDefaultsPass(),
        new ControllerOrderPass(),
        new GraphicsPass(),
        new VideoPass(),
        new InputPass(),
        new ValidatePass(),
        new DiskValidatePass(),
        new FilesystemValidatePass(),
        new BootOrderValidatePass(),
        new BootDefaultPass(),
        new PciAddressPass(),
        new UsbAddressPass(),
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
