using Qconv.Compiler.Ir;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.FromNative.Libvirt2019;

/// <summary>
/// IDE, floppy and SCSI disks without an address get the one their target name implies
/// (virDomainDiskDefAssignAddress: hdc is IDE bus 1 unit 0, fdb is floppy unit 1, sdh is SCSI
/// controller 1 unit 0). The converter also named the qemu driver with the raw format for every
/// disk whose format the command line left open, and wrote &lt;readonly/&gt; for CD-ROMs.
/// </summary>
public static class DriveAddresses2019
{
    public static Domain Run(Domain domain) => domain.WithDevices(domain.Devices.Select(d =>
    {
        if (d is not Disk disk)
        {
            return d;
        }

        disk = disk with
        {
            Driver = disk.Driver with { Name = disk.Driver.Name ?? "qemu", Format = disk.Driver.Format ?? "raw" },
            ReadOnly = disk.ReadOnly || disk.DeviceKind == "cdrom",
        };
        if (disk.Info.Address is not null)
        {
            return disk;
        }

        var index = DiskBus.NameToIndex(disk.Target.Dev);
        Address? address = DiskBus.BusOf(disk) switch
        {
            _ when index < 0 => null,
            "ide" => new DriveAddress(0, index / 2, 0, index % 2),
            "fdc" => new DriveAddress(0, 0, 0, index),
            "scsi" => new DriveAddress(index / 7, 0, 0, index % 7),
            _ => null,
        };
        return address is null ? disk : disk with { Info = disk.Info with { Address = address } };
    }));
}
