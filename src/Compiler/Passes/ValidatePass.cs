using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Cross-device checks libvirt performs before building a command line (virDomainDefValidate,
/// qemuValidateDomainDef): unique disk targets, no two disks at one drive address.
/// </summary>
public sealed class ValidatePass : IDomainPass
{
    public string Name => "validate";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var targets = new HashSet<string>(StringComparer.Ordinal);
        var driveAddrs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var disk in domain.DevicesOf<Disk>())
        {
            if (!targets.Add(disk.Target.Dev))
            {
                ctx.Error("QC0011", disk.Info, $"target '{disk.Target.Dev}' duplicated for disk sources");
            }

            if (disk.Info.Address is DriveAddress da && !driveAddrs.Add($"{DiskBus.BusOf(disk)}/{da.Controller}/{da.Bus}/{da.Target}/{da.Unit}"))
            {
                ctx.Error("QC0012", disk.Info, $"disk '{disk.Target.Dev}' uses the same drive address as another disk");
            }
        }

        if (domain.Os.BootDevices.Count > 0 && domain.Devices.FirstOrDefault(d => d.Info.BootOrder is not null) is { } booted)
        {
            ctx.Error("QC0015", booted.Info, "per-device boot elements cannot be used together with os/boot elements");
        }

        if (domain.Memory.TotalKiB == 0)
        {
            ctx.Error("QC0013", domain.Span, "guest memory must be greater than zero");
        }

        if (domain.Memory.CurrentKiB is { } cur && cur > domain.Memory.TotalKiB)
        {
            ctx.Error("QC0014", domain.Span, "currentMemory must not be larger than memory");
        }

        return domain;
    }
}
