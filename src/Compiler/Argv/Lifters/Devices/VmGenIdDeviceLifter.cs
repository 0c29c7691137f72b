using System.Collections.Frozen;
using Qconv.Compiler.Argv.Values;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// The VM generation ID device (the mirror of to-native's VmGenIdEmitter): <c>vmgenid,guid=UUID</c> →
/// &lt;genid&gt;UUID&lt;/genid&gt;. The guid is what the guest saw, so it is kept rather than made automatic.
/// </summary>
public sealed class VmGenIdDeviceLifter : IDeviceLifter
{
    private static readonly FrozenSet<string> Known = DeviceProps.Understood(["guid"]);

    public IReadOnlyList<string> Drivers { get; } = ["vmgenid"];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        if (p.Get("guid") is { } value)
        {
            if (p.GetString("guid") is { } guid && Guid.TryParse(guid, out var g))
            {
                ctx.Domain = ctx.Domain with { GenId = g.ToString("D") };
            }
            else
            {
                ctx.Malformed(value, "-device vmgenid: guid is not a UUID");
            }
        }
        else
        {
            // Without guid= QEMU makes one up: libvirt's automatic <genid/>.
            ctx.Domain = ctx.Domain with { GenIdAuto = true };
        }

        ctx.IgnoreProperties(option, p, Known);
    }
}
