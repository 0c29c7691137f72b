using System.Collections.Frozen;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// An explicit <c>isa-fdc</c> (machines without an implicit floppy controller, such as newer Q35 ones):
/// libvirt adds it for the floppy disks and carries their boot order as bootindexA/bootindexB
/// (qemuBuildFloppyCommandLineControllerOptions). The controller itself has no XML; the boot indexes
/// go to the fda/fdb disks once every <c>-device floppy</c> was lifted.
/// </summary>
public sealed class FdcDeviceLifter : IDeviceLifter, ILiftFinisher
{
    private static readonly FrozenSet<string> Known = DeviceProps.Understood(["bootindexA", "bootindexB"]);

    public IReadOnlyList<string> Drivers { get; } = ["isa-fdc"];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        var state = ctx.State<FdcBootIndexes>();
        state.A = p.GetInt64("bootindexA") is { } a ? (int)a : state.A;
        state.B = p.GetInt64("bootindexB") is { } b ? (int)b : state.B;
        ctx.IgnoreProperties(option, p, Known);
    }

    public void Finish(LiftContext ctx)
    {
        var state = ctx.State<FdcBootIndexes>();
        foreach (var (dev, order) in (ReadOnlySpan<(string, int?)>)[("fda", state.A), ("fdb", state.B)])
        {
            if (order is { } o && ctx.Devices.OfType<Disk>().FirstOrDefault(d => d.Target.Dev == dev) is { } floppy)
            {
                ctx.ReplaceDevice(floppy, floppy with { Info = floppy.Info with { BootOrder = o } });
            }
        }
    }

    private sealed class FdcBootIndexes
    {
        public int? A { get; set; }

        public int? B { get; set; }
    }
}
