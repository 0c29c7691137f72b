using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>Devices and features that exist only on some architectures or machine types.</summary>
public sealed class QL0027MachineSpecificDevices : IRule
{
    private static readonly HashSet<string> X86Timers = new(StringComparer.Ordinal) { "tsc", "kvmclock", "hypervclock" };

    public string Id => "QL0027";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Device or feature is not available on this machine type";

    public string Description => "Some devices belong to one platform: the Intel IOMMU to Q35, the SMMUv3 and the PL011 UART to the ARM "
        + "'virt' machine, the GIC to ARM 'virt', spapr-vio serial ports to pSeries, SCLP consoles to s390, ISA parallel ports to x86 "
        + "PCs. The x86 clock sources tsc, kvmclock and hypervclock exist only on x86. In libvirt 9.0 the virtio IOMMU is "
        + "supported on ARM 'virt' machines only, as a PCI device on the root bus with ACPI enabled.";

    public string Fix => "Remove the device or feature, or change the machine type/architecture to one that has it.";

    public void Check(LintContext context)
    {
        CheckIommu(context);
        CheckCharDevices(context);
        var features = context.Root.Child("features");
        if (features?.Child("gic") is { } gic && !context.IsArmVirt)
        {
            context.Report(gic, $"<gic> needs an ARM 'virt' machine, not '{context.Machine}'");
        }

        foreach (var timer in context.Root.Child("clock")?.Children("timer") ?? [])
        {
            if (timer.Attr("name") is { } name && X86Timers.Contains(name) && timer.Attr("present") != "no" && !context.IsX86)
            {
                context.Report(timer, $"timer '{name}' is an x86 clock source and not available on {context.Arch}");
            }
        }
    }

    private static void CheckIommu(LintContext context)
    {
        foreach (var iommu in context.DevicesNamed("iommu"))
        {
            switch (iommu.Attr("model"))
            {
                case "intel" when !context.IsQ35:
                    context.Report(iommu, $"the Intel IOMMU needs a Q35 machine, not '{context.Machine}'");
                    break;
                case "smmuv3" when !context.IsArmVirt:
                    context.Report(iommu, "the SMMUv3 IOMMU needs an ARM 'virt' machine");
                    break;
                case "virtio":
                    if (!context.IsArmVirt)
                    {
                        context.Report(iommu, $"libvirt 9.0 supports the virtio IOMMU only on ARM 'virt' machines, not '{context.Machine}'");
                    }
                    else if (context.Root.Child("features")?.Child("acpi") is null)
                    {
                        context.Report(iommu, "the virtio IOMMU needs <features><acpi/>");
                    }

                    if (iommu.Child("address") is { } a && (a.Attr("type") != "pci" || a.Number("bus") is not (null or 0)))
                    {
                        context.Report(a, "the virtio IOMMU must be a PCI device on the root bus (bus 0)");
                    }

                    break;
            }
        }
    }

    private static void CheckCharDevices(LintContext context)
    {
        foreach (var dev in context.Devices.Where(d => d.Name.LocalName is "serial" or "console"))
        {
            var target = dev.Child("target");
            var targetType = target?.Attr("type");
            var model = target?.Child("model")?.Attr("name");
            if ((model == "pl011" || targetType == "system-serial" && model is null) && !context.IsArmVirt && dev.Name.LocalName == "serial")
            {
                context.Report(target!, "the PL011 serial port (system-serial) needs an ARM 'virt' machine");
            }
            else if ((targetType == "spapr-vio-serial" || model == "spapr-vty") && !context.IsPseries)
            {
                context.Report(target!, "spapr-vio serial ports need a pSeries machine");
            }
            else if ((targetType is "sclp-serial" || model is "sclpconsole" or "sclplmconsole") && !context.IsS390)
            {
                context.Report(target!, "SCLP consoles need an s390 machine");
            }
        }

        foreach (var parallel in context.DevicesNamed("parallel"))
        {
            if (!context.IsX86)
            {
                context.Report(parallel, $"parallel ports are ISA devices and not available on {context.Arch} guests");
            }
        }
    }
}
