using Qconv.Compiler.Caps;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Adds the controllers libvirt makes explicit after parsing (virDomainDefAddImplicitControllers,
/// qemuDomainDefAddDefaultDevices): the PCI root, the USB controller with the machine's default
/// model, the chipset's built-in SATA controller (Q35), and a controller for every controller index a
/// disk's drive address refers to (i440FX's built-in IDE appears only then; its slot is reserved anyway). Also fills missing controller indexes and
/// default models.
/// </summary>
public sealed class ImplicitControllersPass : IDomainPass
{
    public string Name => "implicit-controllers";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var devices = domain.Devices.ToList();
        var machine = domain.Os.Machine;
        var q35 = MachineKind.IsQ35(machine);
        var i440 = MachineKind.IsI440Fx(machine);

        NumberControllers(devices);

        if ((q35 || i440) && !HasController(devices, "usb", 0) && !devices.OfType<Controller>().Any(c => c.Type == "usb"))
        {
            devices.Add(new Controller { Type = "usb", Index = 0 });
        }

        if (q35)
        {
            AddIfMissing(devices, "sata", 0);
        }

        // Controllers referenced by disk drive addresses (virDomainDefAddDiskControllersForType);
        // libvirt stores them ahead of the PCI root.
        foreach (var disk in devices.OfType<Disk>().ToList())
        {
            if (disk.Info.Address is DriveAddress da)
            {
                var type = DiskBus.BusOf(disk) switch
                {
                    "ide" => "ide",
                    "scsi" => "scsi",
                    "sata" => "sata",
                    "fdc" => "fdc",
                    _ => null,
                };
                if (type is not null)
                {
                    for (var i = 0; i <= da.Controller; i++)
                    {
                        if (type != "scsi" && i < da.Controller)
                        {
                            continue;
                        }

                        AddIfMissing(devices, type, i);
                    }
                }
            }
        }

        // SCSI host devices need every SCSI controller up to theirs (virDomainDefMaybeAddHostdevSCSIcontroller).
        foreach (var h in devices.OfType<Hostdev>().Where(h => h.Type == "scsi").ToList())
        {
            for (var i = 0; h.Info.Address is DriveAddress ha && i <= ha.Controller; i++)
            {
                AddIfMissing(devices, "scsi", i);
            }
        }

        if (q35 || i440)
        {
            if (!devices.OfType<Controller>().Any(c => c.Type == "pci" && c.Index == 0))
            {
                devices.Add(new Controller { Type = "pci", Index = 0, Model = q35 ? "pcie-root" : "pci-root" });
            }
        }

        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i] is Controller c)
            {
                devices[i] = DefaultModel(c, domain, ctx.Caps);
            }
        }

        return domain.WithDevices(devices);
    }

    private static void NumberControllers(List<Device> devices)
    {
        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i] is Controller { Index: < 0 } c)
            {
                var next = devices.OfType<Controller>().Where(x => x.Type == c.Type && x.Index >= 0).Select(x => x.Index + 1).DefaultIfEmpty(0).Max();
                devices[i] = c with { Index = next };
            }
        }
    }

    private static bool HasController(List<Device> devices, string type, int index) =>
        devices.OfType<Controller>().Any(c => c.Type == type && c.Index == index);

    private static void AddIfMissing(List<Device> devices, string type, int index)
    {
        if (!HasController(devices, type, index))
        {
            devices.Add(new Controller { Type = type, Index = index });
        }
    }

    /// <summary>Default controller models (qemuDomainControllerDefPostParse).</summary>
    private static Controller DefaultModel(Controller c, Domain domain, QemuCaps caps)
    {
        if (c.Model is not null)
        {
            return c;
        }

        return c.Type switch
        {
            "usb" => c with { Model = DefaultUsbModel(domain, caps) },
            "scsi" => c with { Model = "lsilogic" },
            "pci" when c.Index == 0 => c with { Model = MachineKind.IsQ35(domain.Os.Machine) ? "pcie-root" : "pci-root" },
            _ => c,
        };
    }

    private static string? DefaultUsbModel(Domain domain, QemuCaps caps)
    {
        // libvirt prefers qemu-xhci on Q35 and keeps PIIX3 UHCI on i440FX (qemuDomainDefaultUSBControllerModel).
        if (MachineKind.IsQ35(domain.Os.Machine))
        {
            return caps.Has(QemuCap.DeviceQemuXhci) ? "qemu-xhci" : caps.Has(QemuCap.NecUsbXhci) ? "nec-xhci" : "ich9-ehci1";
        }

        return caps.Has(QemuCap.Piix3UsbUhci) ? "piix3-uhci" : null;
    }
}
