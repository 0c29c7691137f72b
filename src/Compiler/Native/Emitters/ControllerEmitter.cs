using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// Controllers that need a <c>-device</c> (qemuBuildControllersCommandLine). Built-in ones (the
/// PCI root, i440FX's IDE, Q35's SATA, the implicit FDC) produce nothing.
/// </summary>
public sealed class ControllerEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        foreach (var c in InCommandLineOrder(ctx.Domain.DevicesOf<Controller>()))
        {
            if (c.Type == "pci")
            {
                if (PciControllerProps.Build(c) is { } pciProps)
                {
                    DeviceAddressProps.Add(pciProps, c, ctx.Domain);
                    ctx.Add("-device", pciProps);
                }

                continue;
            }

            if (Storage.StorageControllerProps.Handles(c))
            {
                if (Storage.StorageControllerProps.Build(ctx, c) is { } sp)
                {
                    ctx.Add("-device", sp);
                }

                continue;
            }

            var driver = DeviceDriver(c);
            if (driver is null)
            {
                continue;
            }

            var props = new JsonProps().Add("driver", driver);
            if (c.Type == "virtio-serial")
            {
                VirtioOptionsProps.Add(props, c.Virtio);
            }

            if (c.Model is "qemu-xhci" or "nec-xhci" && c.Ports is { } ports)
            {
                // xHCI controllers take their port count per USB generation (USB 2 and USB 3).
                props.Add("p2", ports).Add("p3", ports);
            }

            if (c.Type == "usb" && c.MasterStartPort is { } start)
            {
                // A USB companion controller joins its master's bus instead of having one of its own.
                props.Add("masterbus", DeviceAddressProps.ControllerBus("usb", c.Index, ctx.Domain)).Add("firstport", start);
            }
            else if (c.Info.Alias is { } id)
            {
                props.Add("id", id);
            }

            if (c.Type == "virtio-serial")
            {
                props.AddIfNotNull("max_ports", c.Ports);
                props.AddIfNotNull("vectors", c.Vectors);
            }

            DeviceAddressProps.Add(props, c, ctx.Domain);
            ctx.Add("-device", props);
        }
    }

    /// <summary>
    /// qemuBuildControllersCommandLine emits controllers type by type (PCI, USB, SCSI, IDE, SATA,
    /// virtio-serial, then the rest); PCI controllers by index.
    /// </summary>
    private static List<Controller> InCommandLineOrder(IEnumerable<Controller> controllers)
    {
        string[] typeOrder = ["pci", "usb", "scsi", "ide", "sata", "virtio-serial"];
        int Rank(Controller c) => Array.IndexOf(typeOrder, c.Type) is var t && t < 0 ? typeOrder.Length : t;

        // A stable insertion sort (a handful of controllers): by type rank, PCI controllers by index,
        // the others keep their order. LINQ ordering over (controller, position) tuples would be
        // JIT-compiled at every start, as ReadyToRun cannot precompile it.
        var sorted = new List<Controller>();
        foreach (var c in controllers)
        {
            var at = sorted.Count;
            while (at > 0 && Before(c, sorted[at - 1]))
            {
                at--;
            }

            sorted.Insert(at, c);
        }

        return sorted;

        bool Before(Controller a, Controller b) =>
            Rank(a) < Rank(b) || (Rank(a) == Rank(b) && a.Type == "pci" && b.Type == "pci" && a.Index < b.Index);
    }

    /// <summary>The QEMU device for a controller model, or null when QEMU provides it implicitly.</summary>
    public static string? DeviceDriver(Controller c) => (c.Type, c.Model) switch
    {
        ("usb", "piix3-uhci") => "piix3-usb-uhci",
        ("usb", "piix4-uhci") => "piix4-usb-uhci",
        ("usb", "ehci") => "usb-ehci",
        ("usb", "ich9-ehci1") => "ich9-usb-ehci1",
        ("usb", "ich9-uhci1") => "ich9-usb-uhci1",
        ("usb", "ich9-uhci2") => "ich9-usb-uhci2",
        ("usb", "ich9-uhci3") => "ich9-usb-uhci3",
        ("usb", "vt82c686b-uhci") => "vt82c686b-usb-uhci",
        ("usb", "pci-ohci") => "pci-ohci",
        ("usb", "nec-xhci") => "nec-usb-xhci",
        ("usb", "qemu-xhci") => "qemu-xhci",
        ("virtio-serial", "virtio-transitional") => "virtio-serial-pci-transitional",
        ("virtio-serial", "virtio-non-transitional") => "virtio-serial-pci-non-transitional",
        ("virtio-serial", _) => "virtio-serial-pci",
        _ => null,
    };
}
