using Qconv.Compiler.Ir;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// Per-device boot indexes. Explicit &lt;boot order&gt; wins; otherwise the &lt;os&gt;&lt;boot dev&gt;
/// list is mapped onto the first device of each kind, as libvirt does for bootindex-capable QEMU:
/// hd → first disk, cdrom → first cdrom, fd → first floppy, network → first interface.
/// </summary>
public static class BootIndexes
{
    public static Dictionary<Device, int> For(Domain domain)
    {
        var result = new Dictionary<Device, int>(ReferenceEqualityComparer.Instance);
        var explicitOrder = domain.Devices.Where(d => d.Info.BootOrder is not null).ToList();
        if (explicitOrder.Count > 0)
        {
            foreach (var d in explicitOrder)
            {
                result[d] = d.Info.BootOrder!.Value;
            }

            return result;
        }

        var index = 0;
        foreach (var dev in domain.Os.BootDevices)
        {
            index++;
            Device? target = dev switch
            {
                "hd" => domain.DevicesOf<Disk>().FirstOrDefault(d => d.DeviceKind == "disk" && DiskBus.BusOf(d) != "fdc"),
                "cdrom" => domain.DevicesOf<Disk>().FirstOrDefault(d => d.DeviceKind == "cdrom"),
                "fd" => domain.DevicesOf<Disk>().FirstOrDefault(d => d.DeviceKind == "floppy"),
                "network" => domain.Devices.FirstOrDefault(d => d.ElementName == "interface"),
                _ => null,
            };
            if (target is not null && !result.ContainsKey(target))
            {
                result[target] = index;
            }
        }

        return result;
    }
}
