using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Emitters;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Machine-level checks libvirt makes before starting a guest (qemuValidateDomainDef,
/// qemuValidateDomainDefFeatures): the emulator must support the guest architecture; an SMM TSEG
/// size needs a Q35 machine, whole MiB and QEMU support.
/// </summary>
public sealed class PlatformValidatePass : IDomainPass
{
    public string Name => "platform-validate";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var arch = domain.Os.Arch;
        var emulatorArch = ctx.Caps.Arch;
        if (arch is not null && arch != emulatorArch && !(emulatorArch == "x86_64" && arch == "i686"))
        {
            ctx.Error("QC0220", domain.Os.Span, $"Emulator '{domain.Emulator ?? "qemu-system-" + emulatorArch}' does not support arch '{arch}'");
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

        ValidateNuma(domain, ctx);
        ValidateIommu(domain, ctx);
        foreach (var input in domain.DevicesOf<Input>())
        {
            // Only virtio-input-host has transitional variants in QEMU (qemuValidateDomainDeviceDefInput).
            if (input.Type != "passthrough" && (VirtioModels.IsTransitional(input.Model) || VirtioModels.IsNonTransitional(input.Model)))
            {
                ctx.Error("QC0231", input.Info, $"virtio (non-)transitional models are not supported for input type={input.Type}");
            }
        }

        return domain;
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

    /// <summary>
    /// Huge page nodesets must name guest NUMA nodes (a guest without NUMA has node 0 only), and
    /// numatune may only bind to host nodes that exist (virNumaNodesetIsAvailable).
    /// </summary>
    private static void ValidateNuma(Domain domain, CompilationContext ctx)
    {
        var cells = domain.Cpu?.NumaCells.Count ?? 0;
        var guestNodes = Math.Max(cells, 1);
        foreach (var page in domain.Memory.Backing?.Pages ?? EquatableArray<HugePage>.Empty)
        {
            if (NodeSet.Parse(page.NodeSet) is { } nodes && nodes.FirstOrDefault(n => n >= guestNodes, -1) is var bad && bad >= 0)
            {
                ctx.Error("QC0224", domain.Span, $"hugepages: node {bad} not found");
            }
        }

        var tune = domain.Memory.NumaTune;
        var hostSets = new[] { tune?.NodeSet }.Concat(tune?.MemNodes.Select(m => m.NodeSet) ?? []);
        foreach (var set in hostSets)
        {
            if (NodeSet.Parse(set) is { } nodes && nodes.FirstOrDefault(n => n > ctx.Host.MaxNumaNode, -1) is var bad && bad >= 0)
            {
                ctx.Error("QC0225", domain.Span, $"NUMA node {bad} is not available on this host");
            }
        }
    }
}
