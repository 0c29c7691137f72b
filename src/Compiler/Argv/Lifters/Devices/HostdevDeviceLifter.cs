using System.Collections.Frozen;
using System.Globalization;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// Host device passthrough, the mirror of to-native's HostdevEmitter: <c>usb-host</c> (hostdevice=
/// /dev/bus/usb/BBB/DDD or hostbus/hostaddr, guest-reset/guest-resets-all → guestReset) and
/// <c>vfio-pci</c> with host=DDDD:BB:SS.F (rombar/romfile → &lt;rom&gt;) → a subsystem &lt;hostdev&gt;.
/// </summary>
public sealed class HostdevDeviceLifter : IDeviceLifter
{
    private static readonly FrozenSet<string> Known = DeviceProps.Understood(["hostdevice", "hostbus", "hostaddr", "guest-reset", "guest-resets-all", "host", "rombar", "romfile"]);

    public IReadOnlyList<string> Drivers { get; } = ["usb-host", "vfio-pci"];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        var node = p.GetString("driver") == "usb-host" ? Usb(p) : Pci(p);
        if (node is null)
        {
            ctx.KeepAsPassthrough(option, "a host device without a host address has no domain XML form here");
            return;
        }

        ctx.AddDevice(new GenericDevice(node) { Info = DeviceProps.Info(option, p, ctx) });
        ctx.IgnoreProperties(option, p, Known);
    }

    private static GenericNode? Usb(PropertyBag p)
    {
        string? bus = p.GetString("hostbus"), device = p.GetString("hostaddr");
        if (p.GetString("hostdevice") is { } path && path.StartsWith("/dev/bus/usb/", StringComparison.Ordinal) && path.Split('/') is [_, _, _, _, var b, var d])
        {
            (bus, device) = (Trim(b), Trim(d));
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
        return NodeBuilder.Element(
            "hostdev",
            [("mode", "subsystem"), ("type", "usb"), ("managed", "no")],
            NodeBuilder.Element("source", [("guestReset", reset)], NodeBuilder.Element("address", ("bus", bus), ("device", device))));
    }

    private static GenericNode? Pci(PropertyBag p)
    {
        if (p.GetString("host") is not { } host || host.Split(':', '.') is not [var domain, var bus, var slot, var fn])
        {
            return null;
        }

        return NodeBuilder.Element(
            "hostdev",
            [("mode", "subsystem"), ("type", "pci"), ("managed", "yes")],
            NodeBuilder.Element("source", [], NodeBuilder.Element("address", ("domain", "0x" + domain), ("bus", "0x" + bus), ("slot", "0x" + slot), ("function", "0x" + fn))),
            DeviceProps.Rom(p));
    }

    private static string Trim(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
}
