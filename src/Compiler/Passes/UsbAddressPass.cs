using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Gives every USB device without an address a port on a USB controller (qemuDomainAssignUSBAddresses):
/// devices are visited in virDomainUSBDeviceDefForeach's order (host devices, inputs, serials,
/// CCID controllers, disks, redirdevs) and each takes the lowest free port of the first bus
/// that has one. Port counts per controller model follow virDomainUSBAddressControllerModelToPorts.
/// </summary>
public sealed class UsbAddressPass : IDomainPass
{
    private static readonly Func<Device, bool>[] Order =
    [
        d => d is Hostdev { Type: "usb" },
        d => d is Input { Bus: "usb" },
        d => d is CharDevice { Kind: "serial", TargetType: "usb-serial" },
        d => d is Controller { Type: "ccid" },
        d => d is Disk disk && DiskBus.BusOf(disk) == "usb",
        d => d is Redirdev,
    ];

    public string Name => "usb-addresses";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var devices = domain.Devices.ToList();
        if (!devices.Any(NeedsUsb))
        {
            return domain;
        }

        var buses = devices.OfType<Controller>()
            .Where(c => c.Type == "usb" && c.MasterStartPort is null && Ports(c) > 0)
            .OrderBy(c => c.Index)
            .Select(c => (c.Index, Ports: Ports(c)))
            .ToList();
        if (buses.Count == 0)
        {
            var first = devices.First(NeedsUsb);
            ctx.Error("QC0420", first.Info, "USB is disabled for this domain, but USB devices are present in the domain XML");
            return domain;
        }

        var used = new HashSet<(int Bus, string Port)>();
        foreach (var d in devices)
        {
            if (NeedsUsb(d) && d.Info.Address is UsbAddress { Port: { } p } a && !used.Add((a.Bus, p)))
            {
                ctx.Error("QC0421", d.Info, $"USB port {p} on bus {a.Bus} is already occupied");
            }
        }

        foreach (var group in Order)
        {
            for (var i = 0; i < devices.Count; i++)
            {
                var d = devices[i];
                if (!group(d) || d.Info.Address is UsbAddress { Port: not null })
                {
                    continue;
                }

                var wanted = d.Info.Address is UsbAddress ua ? ua.Bus : (int?)null;
                var addr = NextFree(buses, used, wanted);
                if (addr is null)
                {
                    ctx.Error("QC0422", d.Info, "No free USB ports");
                    return domain.WithDevices(devices);
                }

                devices[i] = d with { Info = d.Info with { Address = addr } };
            }
        }

        return domain.WithDevices(devices);
    }

    public static bool NeedsUsb(Device d) => Order.Any(g => g(d));

    private static UsbAddress? NextFree(List<(int Index, int Ports)> buses, HashSet<(int Bus, string Port)> used, int? wanted)
    {
        foreach (var (index, ports) in buses)
        {
            if (wanted is not null && wanted != index)
            {
                continue;
            }

            for (var p = 1; p <= ports; p++)
            {
                var port = p.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (used.Add((index, port)))
                {
                    return new UsbAddress(index, port);
                }
            }
        }

        return null;
    }

    /// <summary>Root ports of a USB controller model (an explicit ports= wins for xHCI).</summary>
    public static int Ports(Controller c) => c.Model switch
    {
        "piix3-uhci" or "piix4-uhci" or "vt82c686b-uhci" or "ich9-uhci1" or "ich9-uhci2" or "ich9-uhci3" => 2,
        "ehci" or "ich9-ehci1" => 6,
        "pci-ohci" => 3,
        "nec-xhci" or "qemu-xhci" => c.Ports ?? 4,
        _ => 0,
    };
}
