using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Gives every USB device without an address a port on a USB controller (qemuDomainAssignUSBAddresses):
/// hubs first (each adds 8 ports behind its own), then devices in virDomainUSBDeviceDefForeach's order
/// (host devices, disks, CCID controllers, inputs, serials, usb-audio sound cards, redirdevs); each takes the lowest free port
/// of the first bus that has one, searching the hubs depth-first when the root ports are full.
/// Port counts per controller model follow virDomainUSBAddressControllerModelToPorts.
/// When there are more USB devices than ports, hubs are added first (qemuDomainUSBAddressAddHubs).
/// </summary>
public sealed class UsbAddressPass : IDomainPass
{
    private static readonly Func<Device, bool>[] Order =
    [
        d => d is Hostdev { Type: "usb" },
        d => d is Disk disk && DiskBus.BusOf(disk) == "usb",
        d => d is Controller { Type: "ccid" },
        d => d is Input { Bus: "usb" },
        d => d is CharDevice { Kind: "serial", TargetType: "usb-serial" },
        d => d is Sound { Model: "usb" },
        d => d is Redirdev,
    ];

    /// <summary>Ports of a USB hub (VIR_DOMAIN_USB_HUB_PORTS).</summary>
    private const int HubPorts = 8;

    public string Name => "usb-addresses";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var devices = domain.Devices.ToList();
        if (!devices.Any(d => NeedsUsb(d) || d is Hub))
        {
            return domain;
        }

        var buses = new UsbBuses();
        foreach (var c in devices.OfType<Controller>().Where(c => c.Type == "usb" && c.MasterStartPort is null && Ports(c) > 0))
        {
            buses.TryAdd(c.Index, new UsbPortTree(Ports(c)));
        }

        if (buses.Count == 0)
        {
            var first = devices.First(d => NeedsUsb(d) || d is Hub);
            ctx.Error("QC0420", first.Info, "USB is disabled for this domain, but USB devices are present in the domain XML");
            return domain;
        }

        AddHubs(devices);

        // virDomainUSBAddressSetAddControllers plugs the addressed hubs in first, then every other
        // addressed device reserves its port; hubs without a port are placed before the other devices.
        var ok = true;
        foreach (var d in devices.Where(d => d is Hub && HasPort(d)))
        {
            ok &= Reserve(d, buses, ctx, hub: true);
        }

        foreach (var d in devices.Where(d => NeedsUsb(d) && HasPort(d)))
        {
            ok &= Reserve(d, buses, ctx, hub: false);
        }

        if (!ok)
        {
            return domain;
        }

        foreach (var group in Order.Prepend(d => d is Hub))
        {
            for (var i = 0; i < devices.Count; i++)
            {
                var d = devices[i];
                if (!group(d) || HasPort(d) || d.Info.Address is not (null or UsbAddress))
                {
                    continue;
                }

                var addr = Assign(d, buses, ctx);
                if (addr is null)
                {
                    return domain.WithDevices(devices);
                }

                devices[i] = d with { Info = d.Info with { Address = addr } };
                if (d is Hub)
                {
                    Reserve(devices[i], buses, ctx, hub: true, alreadyTaken: true);
                }
            }
        }

        return domain.WithDevices(devices);
    }

    public static bool NeedsUsb(Device d) => Order.Any(g => g(d));

    /// <summary>
    /// qemuDomainUSBAddressAddHubs (src/qemu/qemu_domain_address.c): when the USB devices, hubs
    /// included, outnumber the ports of all USB controllers (companions too) and hubs, libvirt appends
    /// as many 8-port hubs as it takes for the rest, each hub using up one port itself.
    /// </summary>
    private static void AddHubs(List<Device> devices)
    {
        var available = 0;
        var count = 0;
        foreach (var d in devices)
        {
            available += d switch
            {
                Controller { Type: "usb" } c => Ports(c),
                Hub => HubPorts,
                _ => 0,
            };
            count += NeedsUsb(d) || d is Hub ? 1 : 0;
        }

        if (count <= available)
        {
            return;
        }

        var needed = (count - available + 1 + (HubPorts - 2)) / (HubPorts - 1);
        for (var i = 0; i < needed; i++)
        {
            devices.Add(new Hub());
        }
    }

    private static bool HasPort(Device d) => d.Info.Address is UsbAddress { Port: not null };

    private static bool Reserve(Device d, UsbBuses buses, CompilationContext ctx, bool hub, bool alreadyTaken = false)
    {
        var a = (UsbAddress)d.Info.Address!;
        var port = a.Port!;
        if (!buses.TryGetValue(a.Bus, out var tree))
        {
            ctx.Error("QC0423", d.Info, $"Missing USB bus {a.Bus}");
            return false;
        }

        if (UsbPortTree.ParsePath(port) is not { } path)
        {
            ctx.Error("QC0424", d.Info, $"Cannot parse <address> 'port' attribute '{port}'");
            return false;
        }

        var (target, index, error) = tree.Find(path, a.Bus, port);
        if (target is null)
        {
            ctx.Error("QC0424", d.Info, error!);
            return false;
        }

        if (hub)
        {
            if (!target.AddHub(index) && !alreadyTaken)
            {
                ctx.Error("QC0421", d.Info, $"Duplicate USB hub on bus {a.Bus} port {port}");
                return false;
            }

            return true;
        }

        if (target.IsUsed(index))
        {
            ctx.Error("QC0421", d.Info, $"Duplicate USB address bus {a.Bus} port {port}");
            return false;
        }

        target.Use(index);
        return true;
    }

    /// <summary>virDomainUSBAddressAssign: the requested bus if the address names one, else the first bus with a free port.</summary>
    private static UsbAddress? Assign(Device d, UsbBuses buses, CompilationContext ctx)
    {
        if (d.Info.Address is UsbAddress { Bus: var wanted })
        {
            if (!buses.TryGetValue(wanted, out var tree))
            {
                ctx.Error("QC0423", d.Info, $"USB bus {wanted} requested but no controller with that index is present");
                return null;
            }

            if (tree.TakeFree() is { } p)
            {
                return new UsbAddress(wanted, p);
            }
        }
        else
        {
            for (var i = 0; i < buses.Count; i++)
            {
                if (buses.TreeAt(i).TakeFree() is { } p)
                {
                    return new UsbAddress(buses.IndexAt(i), p);
                }
            }
        }

        ctx.Error("QC0422", d.Info, "No free USB ports");
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
