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
    /// <summary>The boot indexes of the domain being emitted, computed once per command line.</summary>
    public static Dictionary<Device, int> Of(EmitContext ctx) => ctx.Shared("boot-indexes", () => For(ctx.Domain));

    public static Dictionary<Device, int> For(Domain domain)
    {
        var result = new Dictionary<Device, int>(ReferenceEqualityComparer.Instance);
        foreach (var d in domain.Devices)
        {
            if (d.Info.BootOrder is { } order)
            {
                result[d] = order;
            }
        }

        if (result.Count > 0 || domain.Os.BootDevices.IsEmpty)
        {
            return result;
        }

        // qemuProcessPrepareDeviceBootorder: each kind's position in the list (the last mention
        // wins) goes to the first device of that kind; 'hd' covers disks and LUNs.
        var position = new Dictionary<string, int>();
        for (var i = 0; i < domain.Os.BootDevices.Count; i++)
        {
            position[domain.Os.BootDevices[i]] = i + 1;
        }

        Disk? hd = null, cdrom = null, fd = null;
        foreach (var d in domain.DevicesOf<Disk>())
        {
            switch (d.DeviceKind)
            {
                case "disk" or "lun":
                    hd ??= d;
                    break;
                case "cdrom":
                    cdrom ??= d;
                    break;
                case "floppy":
                    fd ??= d;
                    break;
            }
        }

        Assign(result, position, "hd", hd);
        Assign(result, position, "cdrom", cdrom);
        Assign(result, position, "fd", fd);
        Assign(result, position, "network", domain.Devices.FirstOrDefault(d => d.ElementName == "interface"));
        return result;
    }

    private static void Assign(Dictionary<Device, int> result, Dictionary<string, int> position, string kind, Device? device)
    {
        if (device is not null && position.TryGetValue(kind, out var index))
        {
            result[device] = index;
        }
    }
}
