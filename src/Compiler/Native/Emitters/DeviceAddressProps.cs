using System.Globalization;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// The bus placement properties of a <c>-device</c> (qemuBuildDeviceAddressProps): PCI bus alias
/// and <c>addr</c> as <c>0xSLOT[.0xFUNCTION]</c>, USB bus and port, virtio-serial port...
/// </summary>
public static class DeviceAddressProps
{
    public static void Add(JsonProps props, Device device, Domain domain)
    {
        switch (device.Info.Address)
        {
            case PciAddress pci:
                props.Add("bus", PciBusAlias(pci.Bus, domain));
                if (pci.Multifunction is { } mf)
                {
                    props.Add("multifunction", mf);
                }

                props.Add("addr", PciAddr(pci));
                break;
            case IsaAddress isa:
                props.AddIfNotNull("iobase", isa.IoBase);
                props.AddIfNotNull("irq", isa.Irq);
                break;
            case UsbAddress usb:
                props.Add("bus", ControllerBus("usb", usb.Bus, domain));
                if (usb.Port is { } port)
                {
                    props.Add("port", port);
                }

                break;
            case VirtioSerialAddress vs:
                props.Add("bus", $"virtio-serial{vs.Controller}.{vs.Bus}");
                props.Add("nr", vs.Port);
                break;
            case OtherAddress { AddressType: SpaprVioAddressPass.AddressType } vio when SpaprVioAddressPass.Reg(vio) is { } reg:
                props.Add("reg", reg);
                break;
        }

        props.AddIfNotNull("acpi-index", device.Info.AcpiIndex);
    }

    public static string PciAddr(PciAddress pci) =>
        pci.Function == 0
            ? "0x" + pci.Slot.ToString("x", CultureInfo.InvariantCulture)
            : $"0x{pci.Slot.ToString("x", CultureInfo.InvariantCulture)}.0x{pci.Function.ToString("x", CultureInfo.InvariantCulture)}";

    /// <summary>
    /// The QEMU id of PCI bus <paramref name="bus"/>: the alias of the PCI controller with that index. The
    /// root bus is QEMU's own (<c>pci.0</c>, <c>pcie.0</c>), whatever alias the user gave its controller.
    /// </summary>
    public static string PciBusAlias(int bus, Domain domain)
    {
        var controller = domain.DevicesOf<Controller>().FirstOrDefault(c => c.Type == "pci" && c.Index == bus);

        // QEMU names the root bus itself (pci.0 / pcie.0); a user alias on the root cannot rename it.
        if (controller is { Model: "pci-root" or "pcie-root" })
        {
            return AliasPass.ControllerAlias(controller);
        }

        return controller?.Info.Alias ?? (controller is null ? $"pci.{bus}" : AliasPass.ControllerAlias(controller));
    }

    /// <summary>
    /// The bus a controller of <paramref name="type"/> with index <paramref name="index"/> provides
    /// (<c>ALIAS.0</c>): USB ports, CCID slots. A USB companion controller provides no bus of its own.
    /// </summary>
    public static string ControllerBus(string type, int index, Domain domain)
    {
        var controller = domain.DevicesOf<Controller>().FirstOrDefault(c => c.Type == type && c.Index == index && c.MasterStartPort is null)
            ?? new Controller { Type = type, Index = index };
        return (controller.Info.Alias ?? AliasPass.ControllerAlias(controller, domain)) + ".0";
    }
}
