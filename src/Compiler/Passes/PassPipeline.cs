using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// The passes in the order libvirt applies the equivalent steps: post-parse defaults
/// (virDomainDefPostParse / qemuDomainDefPostParse), validation, then alias and address
/// assignment (qemuAssignDeviceAliases, qemuDomainAssignAddresses) at command-line build time.
/// </summary>
public static class PassPipeline
{
    public static IReadOnlyList<IDomainPass> Normalize { get; } =
    [
        new PlatformValidatePass(),
        new NumaValidatePass(),
        new MachinePass(),
        new FirmwarePass(),
        new BootDefaultsPass(),
        new MemoryAlignPass(),
        new CpuDefaultsPass(),
        new DiskDefaultsPass(),
        new DriveAddressPass(),
        new ScsiHostdevAddressPass(),
        new ImplicitControllersPass(),
        new ImplicitDevicesPass(),
        new CharDeviceDefaultsPass(),
        new MacAddressPass(),
        new NetDefaultsPass(),
        new SmartcardDefaultsPass(),
        new ControllerOrderPass(),
        new GraphicsPass(),
        new VideoPass(),
        new InputPass(),
        new ValidatePass(),
        new DiskValidatePass(),
        new FilesystemValidatePass(),
        new HostdevValidatePass(),
        new BootOrderValidatePass(),
        new SpaprVioAddressPass(),
        new PciAddressPass(),
        new UsbAddressPass(),
        new AliasPass(),
    ];

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
