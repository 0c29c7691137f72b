using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Post-parse disk defaults (virDomainDiskDefParseXML, qemuDomainDeviceDiskDefPostParse): the
/// target bus from the name prefix, the 'qemu' driver with 'raw' format when none is given
/// (volumes get theirs from the pool), cdroms are read-only, and disks are kept sorted by target
/// within each bus, as virDomainDiskInsert does (other buses keep their relative order).
/// </summary>
public sealed class DiskDefaultsPass : IDomainPass
{
    public string Name => "disk-defaults";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var slots = new List<int>();
        var disks = new List<Disk>();
        for (var i = 0; i < domain.Devices.Count; i++)
        {
            if (domain.Devices[i] is Disk d)
            {
                slots.Add(i);
                Insert(disks, Defaults(d));
            }
        }

        if (slots.Count == 0)
        {
            return domain;
        }

        var devices = domain.Devices.ToList();
        for (var i = 0; i < slots.Count; i++)
        {
            devices[slots[i]] = disks[i];
        }

        return domain.WithDevices(devices);
    }

    private static Disk Defaults(Disk d)
    {
        if (d.Target.Bus is null)
        {
            d = d with { Target = d.Target with { Bus = DiskBus.BusOf(d) } };
        }

        var driver = d.Driver;
        if (driver.Name is null)
        {
            driver = driver with { Name = "qemu" };
        }

        if (driver.Format is null && d.Source.Type != "volume")
        {
            driver = driver with { Format = "raw" };
        }

        return d with { Driver = driver, ReadOnly = d.ReadOnly || d.DeviceKind == "cdrom" };
    }

    /// <summary>virDomainDiskInsert: before the first disk of the same bus with a higher index, else after the last of that bus, else at the end.</summary>
    private static void Insert(List<Disk> disks, Disk disk)
    {
        var insertAt = -1;
        var bus = disk.Target.Bus;
        var index = DiskBus.NameToIndex(disk.Target.Dev);
        for (var i = disks.Count - 1; i >= 0; i--)
        {
            if (disks[i].Target.Bus != bus)
            {
                continue;
            }

            if (DiskBus.NameToIndex(disks[i].Target.Dev) > index)
            {
                insertAt = i;
            }
            else if (insertAt == -1)
            {
                insertAt = i + 1;
            }
        }

        disks.Insert(insertAt == -1 ? disks.Count : insertAt, disk);
    }
}
