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
                props.Add("bus", usb.Bus == 0 ? "usb.0" : $"usb{usb.Bus}.0");
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

    /// <summary>The QEMU id of PCI bus <paramref name="bus"/>: the alias of the PCI controller with that index.</summary>
    public static string PciBusAlias(int bus, Domain domain)
    {
        var controller = domain.DevicesOf<Controller>().FirstOrDefault(c => c.Type == "pci" && c.Index == bus);
        return controller?.Info.Alias ?? (controller is null ? $"pci.{bus}" : AliasPass.ControllerAlias(controller));
    }
}
