using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Mediated and SCSI host device checks (virDomainMdevDefValidate, qemuValidateDomainMdevDef*,
/// qemuValidateDomainDeviceDefHostdev): a vGPU's display is a vfio-pci feature that needs a graphics
/// device to show it, its ramfb boot display needs that display, vfio-pci mediated devices cannot boot,
/// and a SCSI LUN sits on a SCSI drive address no disk or other SCSI LUN uses
/// (virDomainDefCheckDuplicateDriveAddresses).
/// </summary>
public sealed class HostdevValidatePass : IDomainPass
{
    public string Name => "hostdev-validate";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        foreach (var h in domain.DevicesOf<Hostdev>())
        {
            switch (h.Type)
            {
                case "mdev":
                    Mdev(domain, ctx, h);
                    break;
                case "scsi" when h.Info.Address is not (null or DriveAddress):
                    ctx.Error("QC0476", h.Info, "SCSI host device must use 'drive' address type");
                    break;
                case "scsi_host" when h.Info.BootOrder is not null:
                    // qemuValidateDomainDeviceDefHostdev: vhost-scsi has no bootindex property in QEMU.
                    ctx.Error("QC0479", h.Info, "booting from assigned devices is not supported by vhost SCSI devices");
                    break;
            }
        }

        DuplicateScsiAddresses(domain, ctx);
        return domain;
    }

    private static void DuplicateScsiAddresses(Domain domain, CompilationContext ctx)
    {
        var hostdevs = domain.DevicesOf<Hostdev>().Where(h => h.Type == "scsi" && h.Info.Address is DriveAddress).ToList();
        if (hostdevs.Count == 0)
        {
            return;
        }

        static string Text(DriveAddress a) => $"controller='{a.Controller}' bus='{a.Bus}' target='{a.Target}' unit='{a.Unit}'";
        foreach (var disk in domain.DevicesOf<Disk>().Where(d => DiskBus.BusOf(d) == "scsi" && d.Info.Address is DriveAddress))
        {
            var a = (DriveAddress)disk.Info.Address!;
            if (hostdevs.Any(h => Equals(h.Info.Address, a)))
            {
                ctx.Error("QC0478", disk.Info, $"using disk target name '{disk.Target.Dev}' conflicts with SCSI host device address {Text(a)}");
                return;
            }
        }

        for (var i = 0; i < hostdevs.Count; i++)
        {
            var a = (DriveAddress)hostdevs[i].Info.Address!;
            if (hostdevs.Skip(i + 1).Any(h => Equals(h.Info.Address, a)))
            {
                ctx.Error("QC0478", hostdevs[i].Info, $"SCSI host address {Text(a)} in use by another SCSI host device");
                return;
            }
        }
    }

    private static void Mdev(Domain domain, CompilationContext ctx, Hostdev h)
    {
        if (h.Display is not null && h.MdevModel != "vfio-pci")
        {
            ctx.Error("QC0477", h.Info, $"<hostdev> attribute 'display' is only supported with model='vfio-pci'");
            return;
        }

        if (h.Ramfb == true && h.Display != true)
        {
            ctx.Error("QC0477", h.Info, "<hostdev> attribute 'ramfb' is only supported with display='on'");
            return;
        }

        if (h.Display == true && !domain.DevicesOf<Graphics>().Any())
        {
            ctx.Error("QC0477", h.Info, "graphics device is needed for attribute value 'display=on' in <hostdev>");
            return;
        }

        if (h.MdevModel == "vfio-pci" && h.Info.BootOrder is not null)
        {
            ctx.Error("QC0477", h.Info, "booting from assigned devices is not supported by mediated devices of model vfio-pci");
        }
    }
}
