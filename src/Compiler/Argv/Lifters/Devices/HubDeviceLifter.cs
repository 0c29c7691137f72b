using System.Collections.Frozen;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// USB hubs (the mirror of to-native's HubEmitter): <c>usb-hub,id=hubN,bus=usb.0,port=P</c> →
/// &lt;hub type='usb'&gt; with its USB address (https://libvirt.org/formatdomain.html#hub-devices).
/// The devices behind it keep their dotted ports (<c>port=1.2</c>), which only resolve once the hub exists.
/// </summary>
public sealed class HubDeviceLifter : IDeviceLifter
{
    private static readonly FrozenSet<string> Known = DeviceProps.Understood();

    public IReadOnlyList<string> Drivers { get; } = ["usb-hub"];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        ctx.IgnoreProperties(option, p, Known);
        ctx.AddDevice(new Hub { Info = DeviceProps.Info(option, p, ctx) });
    }
}
