using System.Collections.Frozen;
using System.Globalization;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// Controllers with a <c>-device</c> (the mirror of to-native's ControllerEmitter and StorageControllerProps):
/// USB host controllers (<c>piix3-usb-uhci</c>, <c>qemu-xhci</c>, ...), <c>virtio-serial-pci</c> (max_ports,
/// vectors), SCSI HBAs (<c>virtio-scsi-pci</c> with num_queues/cmd_per_lun/max_sectors/ioeventfd/iothread,
/// <c>lsi</c>, ...) and extra <c>ahci</c>/<c>ich9-ahci</c> controllers. The index is the one libvirt's alias carries
/// (<c>scsi1</c>, <c>virtio-serial0</c>, <c>usb</c>); without one, controllers of a type are numbered in order.
/// </summary>
public sealed class ControllerDeviceLifter : IDeviceLifter
{
    private static readonly Dictionary<string, (string Type, string? Model)> Models = new()
    {
        ["piix3-usb-uhci"] = ("usb", "piix3-uhci"), ["piix4-usb-uhci"] = ("usb", "piix4-uhci"), ["usb-ehci"] = ("usb", "ehci"),
        ["ich9-usb-ehci1"] = ("usb", "ich9-ehci1"), ["ich9-usb-uhci1"] = ("usb", "ich9-uhci1"), ["ich9-usb-uhci2"] = ("usb", "ich9-uhci2"),
        ["ich9-usb-uhci3"] = ("usb", "ich9-uhci3"), ["vt82c686b-usb-uhci"] = ("usb", "vt82c686b-uhci"), ["pci-ohci"] = ("usb", "pci-ohci"),
        ["nec-usb-xhci"] = ("usb", "nec-xhci"), ["qemu-xhci"] = ("usb", "qemu-xhci"),
        ["virtio-serial-pci"] = ("virtio-serial", null), ["virtio-serial-pci-transitional"] = ("virtio-serial", "virtio-transitional"),
        ["virtio-serial-pci-non-transitional"] = ("virtio-serial", "virtio-non-transitional"),
        ["virtio-scsi-pci"] = ("scsi", "virtio-scsi"), ["virtio-scsi-pci-transitional"] = ("scsi", "virtio-transitional"),
        ["virtio-scsi-pci-non-transitional"] = ("scsi", "virtio-non-transitional"), ["lsi"] = ("scsi", "lsilogic"),
        ["mptsas1068"] = ("scsi", "lsisas1068"), ["megasas"] = ("scsi", "lsisas1078"), ["pvscsi"] = ("scsi", "vmpvscsi"),
        ["am53c974"] = ("scsi", "am53c974"), ["dc-390"] = ("scsi", "dc390"), ["esp"] = ("scsi", "ncr53c90"), ["spapr-vscsi"] = ("scsi", "ibmvscsi"),
        // QEMU's generic AHCI and the ICH9 one are the same device to libvirt (<controller type='sata'>, written as ahci).
        ["ahci"] = ("sata", null), ["ich9-ahci"] = ("sata", null),
    };

    // <driver> attributes of a virtio-scsi controller and the property each is written as.
    private static readonly (string Attr, string Prop)[] ScsiDriver =
        [("queues", "num_queues"), ("cmd_per_lun", "cmd_per_lun"), ("max_sectors", "max_sectors"), ("ioeventfd", "ioeventfd"), ("iothread", "iothread")];

    private static readonly FrozenSet<string> Known = DeviceProps.Understood(["masterbus", "firstport", "p2", "p3", "max_ports", "vectors", .. ScsiDriver.Select(d => d.Prop)]);

    public IReadOnlyList<string> Drivers => [.. Models.Keys];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        var (type, model) = Models[p.GetString("driver")!];

        // A USB companion controller (masterbus=usbN.0 or a user alias,firstport=P) shares its master's index.
        var master = type == "usb" && p.GetString("masterbus") is { } mb ? UsbBuses.Index(mb, ctx) : null;
        var controller = new Controller
        {
            Type = type,
            Index = master ?? Index(p.GetString("id"), type) ?? NextIndex(ctx, type),
            MasterStartPort = master is not null && p.GetInt64("firstport") is { } first ? (int)first : null,
            Model = model,
            Ports = Ports(type, p),
            Vectors = type == "virtio-serial" && p.GetInt64("vectors") is { } vectors ? (int)vectors : null,
            Driver = DriverAttributes(p),
            Info = DeviceProps.Info(option, p, ctx),
        };
        ctx.AddDevice(controller);
        if (type == "sata")
        {
            DriveBuses.AddAhci(ctx, p.GetString("id"), controller.Index);
        }

        ctx.IgnoreProperties(option, p, Known);
    }

    /// <summary>virtio-serial max_ports, or an xHCI controller's USB 2 and 3 port count (libvirt writes ports as both p2 and p3).</summary>
    private static int? Ports(string type, PropertyBag p) => type switch
    {
        "virtio-serial" => p.GetInt64("max_ports") is { } ports ? (int)ports : null,
        "usb" when p.GetInt64("p2") is { } p2 && p.GetInt64("p3") == p2 => (int)p2,
        _ => null,
    };

    /// <summary>After the controllers of the type so far (companions share their master's index).</summary>
    /// <remarks>Q35's own AHCI is SATA controller 0, so an added one starts at 1.</remarks>
    private static int NextIndex(LiftContext ctx, string type) =>
        ctx.Devices.OfType<Controller>().Where(c => c.Type == type).Select(c => c.Index + 1)
            .DefaultIfEmpty(type == "sata" && MachineKind.IsQ35(ctx.Domain.Os.Machine) ? 1 : 0).Max();

    /// <summary>The index in libvirt's alias (<c>TYPE</c> + N; <c>usb</c> alone is 0), or null for another id.</summary>
    private static int? Index(string? id, string type)
    {
        var prefix = type == "sata" ? "sata" : type;
        if (id is null || !id.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = id.AsSpan(prefix.Length);
        return rest.IsEmpty ? 0 : int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static EquatableArray<Attr> DriverAttributes(PropertyBag p)
    {
        var attrs = new List<Attr>();
        foreach (var (attr, prop) in ScsiDriver)
        {
            if (p.GetString(prop) is not { } v)
            {
                continue;
            }

            var text = prop switch
            {
                "ioeventfd" => p.GetBool(prop) == true ? "on" : "off",
                "iothread" => v.StartsWith("iothread", StringComparison.Ordinal) ? v[8..] : v,
                _ => v,
            };
            attrs.Add(new(attr, text));
        }

        attrs.AddRange(VirtioProps.Attributes(p));
        return attrs.ToEquatableArray();
    }
}
