using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Assigns PCI addresses the way libvirt does for x86 (qemu_domain_address.c): addresses already in
/// the XML are reserved first, then the chipset's fixed functions (i440FX: PIIX3 at slot 1 with
/// IDE at 1.1 and the first USB controller at 1.2; the primary video at slot 2), then every other
/// device that wants one takes the next free slot, family by family in
/// qemuDomainAssignDevicePCISlots' order (see <see cref="PciDeviceOrder"/>).
/// </summary>
public sealed class PciAddressPass : IDomainPass
{
    public string Name => "pci-addresses";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var i440 = MachineKind.IsI440Fx(domain.Os.Machine);
        if (!i440)
        {
            // Q35 (PCIe root ports added on demand) and other machines are assigned elsewhere or not at all.
            return domain;
        }

        var devices = domain.Devices.ToList();
        var slots = new PciSlots();
        slots.AddBus(0, 1, 31);
        slots.ReserveSlot(0, 0);
        foreach (var d in devices)
        {
            if (d.Info.Address is PciAddress a && !slots.Reserve(a))
            {
                ctx.Error("QC0020", d.Info, $"PCI address {Format(a)} is used by more than one device");
            }
        }

        // PIIX3 multifunction device in slot 1 (qemuDomainValidateDevicePCISlotsPIIX3).
        slots.ReserveSlot(0, 1);
        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i] is Controller { Type: "ide", Index: 0, Info.Address: null } ide)
            {
                devices[i] = ide with { Info = ide.Info with { Address = new PciAddress(0, 0, 1, 1) } };
            }
            else if (devices[i] is Controller { Type: "usb", Index: 0, Model: "piix3-uhci", Info.Address: null } usb)
            {
                devices[i] = usb with { Info = usb.Info with { Address = new PciAddress(0, 0, 1, 2) } };
            }
        }

        // The primary video card gets slot 2 when it has no address yet.
        var primaryVideo = devices.FindIndex(PciDeviceOrder.IsVideo);
        if (primaryVideo >= 0 && devices[primaryVideo].Info.Address is null && PciDeviceOrder.WantsPci(devices[primaryVideo], domain))
        {
            var a = new PciAddress(0, 0, 2, 0);
            if (!slots.IsSlotUsed(0, 2))
            {
                slots.Reserve(a);
                devices[primaryVideo] = devices[primaryVideo] with { Info = devices[primaryVideo].Info with { Address = a } };
            }
        }

        foreach (var group in PciDeviceOrder.Groups)
        {
            for (var i = 0; i < devices.Count; i++)
            {
                var d = devices[i];
                if (d.Info.Address is not null || !group(d) || !PciDeviceOrder.WantsPci(d, domain))
                {
                    continue;
                }

                if (slots.Next() is not { } addr)
                {
                    ctx.Error("QC0021", d.Info, "no free PCI slot left for this device");
                    return domain.WithDevices(devices);
                }

                devices[i] = d with { Info = d.Info with { Address = addr } };
            }
        }

        return domain.WithDevices(devices);
    }

    public static string Format(PciAddress a) => $"{a.Domain:x4}:{a.Bus:x2}:{a.Slot:x2}.{a.Function:x}";
}
