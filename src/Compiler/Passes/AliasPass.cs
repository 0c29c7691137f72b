using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Names every device the way QEMU will know it (qemuAssignDeviceAliases): user aliases
/// (<c>ua-*</c>) are kept, everything else is derived from the family and its position or address.
/// Families contribute their rule through <see cref="IAliasedDevice"/>; the core families are here.
/// </summary>
public sealed class AliasPass : IDomainPass
{
    public string Name => "aliases";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var devices = domain.Devices.ToList();
        var counters = new Dictionary<string, int>();

        // qemuAssignDeviceAliases names nets before hostdevs, and a hostdev interface takes the next
        // hostdevN: hostdev interfaces come first in the hostdev numbering, wherever they are written.
        var order = new List<int>(devices.Count);
        foreach (var hostdevInterfacesFirst in new[] { true, false })
        {
            for (var i = 0; i < devices.Count; i++)
            {
                if (devices[i] is Interface { Type: "hostdev" } == hostdevInterfacesFirst)
                {
                    order.Add(i);
                }
            }
        }

        foreach (var i in order)
        {
            var d = devices[i];
            if (d.Info.UserAlias)
            {
                continue;
            }

            var alias = d switch
            {
                Controller c => ControllerAlias(c, domain),
                Disk disk => DiskAlias(disk, domain),
                Memballoon => "balloon0",
                Input => Next(counters, "input"),
                Audio => null,
                IAliasedDevice a => a.DefaultAlias(n => Next(counters, n)),
                _ => null,
            };
            if (alias is not null)
            {
                devices[i] = d with { Info = d.Info with { Alias = alias } };
            }
        }

        return domain.WithDevices(devices);
    }

    private static string Next(Dictionary<string, int> counters, string prefix)
    {
        counters.TryGetValue(prefix, out var n);
        counters[prefix] = n + 1;
        return prefix + n;
    }

    /// <summary>
    /// qemuAssignDeviceControllerAlias. The chipset's own disk controller is hard-wired as "ide" in
    /// QEMU: the first IDE controller on machines with a built-in one (i440FX), the first SATA on Q35.
    /// </summary>
    public static string ControllerAlias(Controller c, Domain? domain = null) => c.Type switch
    {
        "pci" when c.Index == 0 && c.Model == "pcie-root" => "pcie.0",
        "pci" => $"pci.{c.Index}",
        "usb" when c.Index == 0 => "usb",
        "ide" when c.Index == 0 && (domain is null || !MachineKind.IsQ35(domain.Os.Machine)) => "ide",
        "sata" when c.Index == 0 && (domain is null || MachineKind.IsQ35(domain.Os.Machine)) => "ide",
        _ => $"{c.Type}{c.Index}",
    };

    /// <summary>qemuAssignDeviceDiskAlias: bus-and-address based for drive buses, index based otherwise.</summary>
    public static string DiskAlias(Disk disk, Domain? domain = null)
    {
        var bus = DiskBus.BusOf(disk);
        if (disk.Info.Address is DriveAddress a)
        {
            // LSI-style HBAs have no target level, so their disks are named controller-bus-unit.
            var lsi = domain?.DevicesOf<Controller>().Any(c => c.Type == "scsi" && c.Index == a.Controller && c.Model == "lsilogic") == true;
            return bus switch
            {
                "scsi" when lsi => $"scsi{a.Controller}-{a.Bus}-{a.Unit}",
                "scsi" => $"scsi{a.Controller}-{a.Bus}-{a.Target}-{a.Unit}",
                "fdc" => $"fdc{a.Controller}-{a.Bus}-{a.Unit}",
                "sata" => $"sata{a.Controller}-{a.Bus}-{a.Unit}",
                _ => $"{bus}{a.Controller}-{a.Bus}-{a.Unit}",
            };
        }

        var idx = DiskBus.NameToIndex(disk.Target.Dev);
        var prefix = bus switch
        {
            "virtio" => "virtio-disk",
            "usb" => "usb-disk",
            "xen" => "xenvbd-disk",
            "sd" => "sd-disk",
            _ => bus + "-disk",
        };
        return prefix + idx;
    }
}

/// <summary>Implemented by device records that name themselves (e.g. <c>net0</c>, <c>video0</c>).</summary>
public interface IAliasedDevice
{
    /// <param name="next">Returns the next free alias for a prefix: next("net") → net0, net1...</param>
    string? DefaultAlias(Func<string, string> next);
}
