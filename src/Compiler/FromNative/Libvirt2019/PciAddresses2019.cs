using Qconv.Compiler.Ir;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.FromNative.Libvirt2019;

/// <summary>
/// PCI addresses on a 2019 i440FX guest: PIIX3's IDE at 00:01.1 and USB at 00:01.2, slot 2 kept for
/// the primary display adapter whether or not there is one, then the next free slot for each
/// device that needs one, family by family in <see cref="PciDeviceOrder"/>'s order.
/// </summary>
public static class PciAddresses2019
{
    public static Domain Run(Domain domain)
    {
        if (!MachineKind.IsX86(domain.Os.Arch) || !MachineKind.IsI440Fx(domain.Os.Machine))
        {
            return domain;
        }

        var devices = domain.Devices.ToList();
        // One flat bus: slot 0 host bridge, 1 PIIX3, 2 display; the rest handed out lowest first.
        var used = new HashSet<int> { 0, 1, 2 };
        used.UnionWith(devices.Select(d => d.Info.Address).OfType<PciAddress>().Where(a => a.Bus == 0).Select(a => a.Slot));
        var primaryVideo = devices.FindIndex(d => d.ElementName == "video");
        for (var i = 0; i < devices.Count; i++)
        {
            var fixedAddress = devices[i] switch
            {
                Controller { Type: "ide", Index: 0 } => new PciAddress(0, 0, 1, 1),
                Controller { Type: "usb", Index: 0, Model: null } => new PciAddress(0, 0, 1, 2),
                _ when i == primaryVideo => new PciAddress(0, 0, 2, 0),
                _ => null,
            };
            if (fixedAddress is not null && devices[i].Info.Address is null)
            {
                devices[i] = devices[i] with { Info = devices[i].Info with { Address = fixedAddress } };
            }
        }

        foreach (var group in PciDeviceOrder.Groups)
        {
            for (var i = 0; i < devices.Count; i++)
            {
                var d = devices[i];
                if (d.Info.Address is null && group(d) && WantsPci(d) && NextSlot(used) is { } address)
                {
                    devices[i] = d with { Info = d.Info with { Address = address } };
                }
            }
        }

        return domain.WithDevices(devices);
    }

    private static PciAddress? NextSlot(HashSet<int> used)
    {
        for (var slot = 3; slot <= 31; slot++)
        {
            if (used.Add(slot))
            {
                return new PciAddress(0, 0, slot, 0);
            }
        }

        return null;
    }

    private static bool WantsPci(Device d) => d switch
    {
        Disk disk => DiskBus.BusOf(disk) == "virtio",
        Memballoon m => m.Model.StartsWith("virtio", StringComparison.Ordinal),
        Input i => i.Bus == "virtio",
        Controller c => c.Type is "scsi" or "virtio-serial" or "sata" || (c.Type == "usb" && c.Model is not null and not "none"),
        Interface => true,
        Sound s => s.Model is "es1370" or "ac97" or "ich6" or "ich9" or "ich7",
        Hostdev h => h.Type == "pci",
        Watchdog w => w.Model == "i6300esb",
        Video => true,
        _ => false,
    };
}
