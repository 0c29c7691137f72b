using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>USB host controllers (<c>piix3-usb-uhci</c>, <c>qemu-xhci</c>, ...): &lt;controller type='usb' model=...&gt;, indexed in order.</summary>
public sealed class ControllerDeviceLifter : IDeviceLifter
{
    private static readonly Dictionary<string, string> UsbModels = new()
    {
        ["piix3-usb-uhci"] = "piix3-uhci", ["piix4-usb-uhci"] = "piix4-uhci", ["usb-ehci"] = "ehci", ["ich9-usb-ehci1"] = "ich9-ehci1",
        ["ich9-usb-uhci1"] = "ich9-uhci1", ["ich9-usb-uhci2"] = "ich9-uhci2", ["ich9-usb-uhci3"] = "ich9-uhci3",
        ["vt82c686b-usb-uhci"] = "vt82c686b-uhci", ["pci-ohci"] = "pci-ohci", ["nec-usb-xhci"] = "nec-xhci", ["qemu-xhci"] = "qemu-xhci",
    };

    public IReadOnlyList<string> Drivers => [.. UsbModels.Keys];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        var index = ctx.Devices.OfType<Controller>().Count(c => c.Type == "usb");
        ctx.AddDevice(new Controller { Type = "usb", Index = index, Model = UsbModels[p.GetString("driver")!], Info = DeviceProps.Info(option, p, ctx) });
        ctx.IgnoreProperties(option, p, [.. DeviceProps.Keys, "masterbus", "firstport", "p2", "p3"]);
    }
}
