using System.Collections.Frozen;
using System.Globalization;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// Host device passthrough, the mirror of to-native's HostdevEmitter: <c>usb-host</c> (hostdevice=
/// /dev/bus/usb/BBB/DDD or hostbus/hostaddr, guest-reset/guest-resets-all → guestReset) and
/// <c>vfio-pci</c> with host=DDDD:BB:SS.F (rombar/romfile → &lt;rom&gt;; failover_pair_id=ALIAS, the primary
/// of a virtio-net failover pair, → &lt;teaming type='transient' persistent='ALIAS'/&gt;) → a subsystem &lt;hostdev&gt;.
/// </summary>
public sealed class HostdevDeviceLifter : IDeviceLifter
{
    private static readonly FrozenSet<string> Known = DeviceProps.Understood(["hostdevice", "hostbus", "hostaddr", "guest-reset", "guest-resets-all", "host", "rombar", "romfile", "failover_pair_id"]);

    public IReadOnlyList<string> Drivers { get; } = ["usb-host", "vfio-pci"];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        var hostdev = p.GetString("driver") == "usb-host" ? Usb(p) : Pci(p);
        if (hostdev is null)
        {
            ctx.KeepAsPassthrough(option, "a host device without a host address has no domain XML form here");
            return;
        }

        ctx.AddDevice(hostdev with { Info = DeviceProps.Info(option, p, ctx) });
        ctx.IgnoreProperties(option, p, Known);
    }

    private static Hostdev? Usb(PropertyBag p)
    {
        int? bus = Int(p.GetString("hostbus")), device = Int(p.GetString("hostaddr"));
        if (p.GetString("hostdevice") is { } path && path.StartsWith("/dev/bus/usb/", StringComparison.Ordinal) && path.Split('/') is [_, _, _, _, var b, var d])
        {
            (bus, device) = (Int(b), Int(d));
        }

        if (bus is null || device is null)
        {
            return null;
        }

        var reset = p.GetBool("guest-reset") switch
        {
            false => "off",
            true => p.GetBool("guest-resets-all") == false ? "uninitialized" : "on",
            null => null,
        };
        return new Hostdev { Type = "usb", Managed = false, GuestReset = reset, UsbBus = bus, UsbDevice = device };
    }

    private static Hostdev? Pci(PropertyBag p)
    {
        if (p.GetString("host") is not { } host || host.Split(':', '.') is not [var domain, var bus, var slot, var fn])
        {
            return null;
        }

        return new Hostdev
        {
            Type = "pci",
            Managed = true,
            SourceNode = NodeBuilder.Element("source", [], NodeBuilder.Element("address", ("domain", "0x" + domain), ("bus", "0x" + bus), ("slot", "0x" + slot), ("function", "0x" + fn))),
            Extra = new[] { DeviceProps.Rom(p), Teaming(p) }.OfType<GenericNode>().ToEquatableArray(),
        };
    }

    private static GenericNode? Teaming(PropertyBag p) =>
        p.GetString("failover_pair_id") is { } pair ? NodeBuilder.Element("teaming", ("type", "transient"), ("persistent", pair)) : null;

    private static int? Int(string? digits) => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
