using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Emitters;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Machine-level checks libvirt makes before starting a guest (qemuValidateDomainDef,
/// qemuValidateDomainDefFeatures): the emulator must support the guest architecture; an SMM TSEG
/// size needs a Q35 machine, whole MiB and QEMU support; PCI root controllers, UEFI, CPU cache
/// and IOMMU rules.
/// </summary>
public sealed class PlatformValidatePass : IDomainPass
{
    public string Name => "platform-validate";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var arch = domain.Os.Arch;
        var emulatorArch = ctx.Caps.Arch;
        var emulator = domain.Emulator ?? ctx.Caps.Emulator ?? "qemu-system-" + emulatorArch;
        if (arch is not null && arch != emulatorArch && !(emulatorArch == "x86_64" && arch == "i686"))
        {
            ctx.Error("QC0220", domain.Os.Span, $"Emulator '{emulator}' does not support arch '{arch}'");
            return domain;
        }

        if (ctx.Caps.SupportsVirtType(domain.VirtType) == false)
        {
            ctx.Error("QC0231", domain.Span, $"Emulator '{emulator}' does not support virt type '{domain.VirtType}'");
            return domain;
        }

        if (domain.Features.Get("smm")?.Child("tseg") is { } tseg)
        {
            if (!MachineKind.IsQ35(domain.Os.Machine))
            {
                ctx.Error("QC0221", domain.Span, "SMM TSEG is only supported with q35 machine type");
            }
            else if (MachineEmitter.TsegMiB(tseg) is null)
            {
                ctx.Error("QC0222", domain.Span, "SMM TSEG size must be divisible by 1 MiB");
            }
            else if (!ctx.Caps.Has(new Caps.QemuCap("mch.extended-tseg-mbytes")))
            {
                ctx.Error("QC0223", domain.Span, "Setting TSEG size is not supported with this QEMU binary");
            }
        }

        ValidatePciControllers(domain, ctx);
        ControllerRules.Validate(domain, ctx);
        SysinfoRules.Validate(domain, ctx);
        ValidateFirmwareAndCpu(domain, ctx);
        ValidateIommu(domain, ctx);
        return domain;
    }

    /// <summary>
    /// PCI controllers (virDomainDefValidate, virDomainControllerDefValidate): one controller per
    /// index; the roots are index 0 and have no address of their own.
    /// </summary>
    private static void ValidatePciControllers(Domain domain, CompilationContext ctx)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in domain.DevicesOf<Controller>())
        {
            if (c.Index >= 0 && !seen.Add($"{c.Type}/{c.Index}") && c.Type != "usb")
            {
                ctx.Error("QC0232", c.Info, $"Multiple '{c.Type}' controllers with index '{c.Index}'");
            }

            if (c is { Type: "pci", Model: "pci-root" or "pcie-root" })
            {
                if (c.Index > 0)
                {
                    ctx.Error("QC0233", c.Info, $"{c.Model} controller must have index 0");
                }

                if (c.Info.Address is not null)
                {
                    ctx.Error("QC0234", c.Info, $"{c.Model} controller should not have an address");
                }
            }
        }
    }

    /// <summary>
    /// UEFI on x86 needs ACPI and a manual pflash loader needs its image (qemuValidateDomainDefBoot);
    /// CPU cache passthrough and host physical address bits need a host CPU
    /// (qemuValidateDomainDefCpu).
    /// </summary>
    private static void ValidateFirmwareAndCpu(Domain domain, CompilationContext ctx)
    {
        var os = domain.Os;
        var uefi = os.Firmware == "efi" || os.Loader?.Type == "pflash";
        if (uefi && MachineKind.IsX86(os.Arch) && domain.Features.State("acpi") != true)
        {
            ctx.Error("QC0235", os.Span, "UEFI requires ACPI on this architecture");
        }

        if (os.Firmware is null && os.Loader is { Path: null })
        {
            ctx.Error("QC0236", os.Span, "loader path is required when firmware autoselection is disabled");
        }

        if (domain.Cpu is not { } cpu)
        {
            return;
        }

        var hostCpu = cpu.Mode is "host-passthrough" or "maximum";
        if (cpu.Cache?.Attr("mode") == "passthrough" && !hostCpu)
        {
            ctx.Error("QC0237", domain.Span, $"CPU cache mode 'passthrough' can only be used with 'host-passthrough' / 'maximum' CPUs");
        }

        if (cpu.MaxPhysAddr is { } phys)
        {
            var mode = phys.Attr("mode");
            if (mode == "passthrough" && !hostCpu)
            {
                ctx.Error("QC0238", domain.Span, "CPU maximum physical address bits mode 'passthrough' can only be used with 'host-passthrough' / 'maximum' CPUs");
            }
            else if ((mode == "emulate" && phys.Attr("bits") is null) || (mode == "passthrough" && phys.Attr("bits") is not null))
            {
                ctx.Error("QC0239", domain.Span, mode == "emulate"
                    ? "CPU maximum physical address bits mode 'emulate' requires the number of bits"
                    : "CPU maximum physical address bits can only be set in 'emulate' mode");
            }
        }
    }

    /// <summary>qemuValidateDomainDeviceDefIOMMU: intel-iommu needs Q35; virtio-iommu needs ACPI and an integrated PCI slot.</summary>
    private static void ValidateIommu(Domain domain, CompilationContext ctx)
    {
        foreach (var iommu in domain.DevicesOf<Iommu>())
        {
            switch (iommu.Model)
            {
                case "intel" when !MachineKind.IsQ35(domain.Os.Machine):
                    ctx.Error("QC0226", iommu.Info, "IOMMU device: 'intel' is only supported with Q35 machines");
                    break;
                case "virtio" when domain.Features.State("acpi") != true:
                    ctx.Error("QC0227", iommu.Info, "IOMMU device: 'virtio' requires ACPI");
                    break;
                case "virtio" when iommu.Info.Address is not (null or PciAddress):
                    ctx.Error("QC0228", iommu.Info, "IOMMU device: 'virtio' needs a PCI address");
                    break;
                case "virtio" when iommu.Info.Address is PciAddress { Bus: not 0 } a:
                    ctx.Error("QC0229", iommu.Info, $"The device at PCI address {PciAddressPass.Format(a)} needs to be an integrated device (bus=0)");
                    break;
            }
        }
    }
}
