using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// The chipset's fixed PCI functions (qemuDomainValidateDevicePCISlotsPIIX3 / ...Q35):
/// i440FX has the PIIX3 in slot 1 (ISA bridge, IDE at 1.1, UHCI at 1.2, ACPI at 1.3) and puts the
/// primary video in slot 2; Q35 has the ICH9 LPC, SATA (1f.2) and SMBus in slot 0x1f, the ICH9 USB
/// controllers in slot 0x1d, and puts the primary video in slot 1.
/// Like libvirt, the fixed addresses are written into the devices already during the dry run.
/// </summary>
public static class PciChipsetSlots
{
    public static void Apply(PciSlots set, List<Device> devices, Domain domain)
    {
        var q35 = MachineKind.IsQ35(domain.Os.Machine);
        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i] is not Controller { Index: 0, Info.Address: null } c)
            {
                continue;
            }

            PciAddress? fixedAt = (q35, c.Type, c.Model) switch
            {
                (false, "ide", _) => new PciAddress(0, 0, 1, 1),
                (false, "usb", "piix3-uhci") => new PciAddress(0, 0, 1, 2),
                (true, "sata", _) => new PciAddress(0, 0, 0x1f, 2),
                (true, "usb", "ich9-ehci1") => new PciAddress(0, 0, 0x1d, 7),
                (true, "usb", "ich9-uhci1") => new PciAddress(0, 0, 0x1d, 0),
                (true, "usb", "ich9-uhci2") => new PciAddress(0, 0, 0x1d, 1),
                (true, "usb", "ich9-uhci3") => new PciAddress(0, 0, 0x1d, 2),
                _ => null,
            };
            if (fixedAt is null || set.Reserve(fixedAt, PciConnectFlags.None) is not null)
            {
                continue;
            }

            devices[i] = c with { Info = c.Info with { Address = fixedAt } };
        }

        set.ReserveSlot(0, q35 ? 0x1f : 1);

        var primaryVideo = devices.FindIndex(PciDeviceOrder.IsVideo);
        if (primaryVideo >= 0 && devices[primaryVideo].Info.Address is null &&
            PciDeviceOrder.ConnectFlags(devices[primaryVideo], domain) != PciConnectFlags.None)
        {
            var slot = q35 ? 1 : 2;
            if (!set.IsSlotUsed(0, slot))
            {
                var a = new PciAddress(0, 0, slot, 0);
                set.Reserve(a, PciConnectFlags.None);
                devices[primaryVideo] = devices[primaryVideo] with { Info = devices[primaryVideo].Info with { Address = a } };
            }
        }
    }
}
