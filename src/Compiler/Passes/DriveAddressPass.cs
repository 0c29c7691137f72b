using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Gives IDE, SATA, SCSI and floppy disks their drive address from the target name when they have
/// none (virDomainDiskDefAssignAddress), and fills the target bus from the name prefix. Runs before
/// the implicit controllers are added, as in libvirt's parser, so they can follow these addresses.
/// </summary>
public sealed class DriveAddressPass : IDomainPass
{
    public string Name => "drive-addresses";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var devices = domain.Devices.ToList();
        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i] is not Disk disk)
            {
                continue;
            }

            var bus = DiskBus.BusOf(disk);
            if (disk.Target.Bus is null)
            {
                disk = disk with { Target = disk.Target with { Bus = bus } };
            }

            if (disk.Info.Address is null)
            {
                var idx = DiskBus.NameToIndex(disk.Target.Dev);
                if (idx < 0)
                {
                    ctx.Error("QC0010", disk.Info, $"invalid disk target name '{disk.Target.Dev}'");
                    continue;
                }

                Address? addr = bus switch
                {
                    "ide" => new DriveAddress(idx / 4, idx % 4 / 2, 0, idx % 2),
                    "fdc" => new DriveAddress(0, 0, 0, idx),
                    "sata" => new DriveAddress(idx / 6, 0, 0, idx % 6),
                    "scsi" => ScsiAddress(idx, domain),
                    _ => null,
                };
                if (addr is not null)
                {
                    disk = disk with { Info = disk.Info with { Address = addr } };
                }
            }

            devices[i] = disk;
        }

        return domain.WithDevices(devices);
    }

    /// <summary>
    /// Narrow (LSI: 7 units per controller) or wide SCSI mapping (15 units per controller, skipping
    /// unit 7 where the HBA itself sits), by the model of the first SCSI controller.
    /// </summary>
    private static DriveAddress ScsiAddress(int idx, Domain domain)
    {
        var model = domain.DevicesOf<Controller>().FirstOrDefault(c => c.Type == "scsi" && c.Index is 0 or -1)?.Model;
        if (model is null or "lsilogic")
        {
            return new DriveAddress(idx / 7, 0, 0, idx % 7);
        }

        var unit = idx % 15;
        return new DriveAddress(idx / 15, 0, 0, unit >= 7 ? unit + 1 : unit);
    }
}
