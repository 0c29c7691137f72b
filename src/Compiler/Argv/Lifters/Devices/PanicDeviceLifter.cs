using System.Collections.Frozen;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// The pvpanic crash notification devices (the mirror of to-native's PanicEmitter): the ISA one with
/// its optional I/O port (&lt;panic model='isa'&gt;&lt;address type='isa' iobase&gt;) and the PCI one
/// (&lt;panic model='pvpanic'&gt;).
/// </summary>
public sealed class PanicDeviceLifter : IDeviceLifter
{
    private static readonly FrozenSet<string> Known = DeviceProps.Understood(["ioport"]);

    public IReadOnlyList<string> Drivers { get; } = ["pvpanic", "pvpanic-pci"];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        var info = DeviceProps.Info(option, p, ctx);
        var isa = p.GetString("driver") == "pvpanic";
        if (isa && p.GetInt64("ioport") is { } port)
        {
            info = info with { Address = new IsaAddress((int)port, null) };
        }

        ctx.AddDevice(new Panic { Model = isa ? "isa" : "pvpanic", Info = info });
        ctx.IgnoreProperties(option, p, Known);
    }
}
