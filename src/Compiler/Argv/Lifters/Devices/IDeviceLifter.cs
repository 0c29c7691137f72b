using Qconv.Compiler.Argv.Values;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>Lifts the <c>-device</c> drivers of one device family (the mirror of a family's emitter).</summary>
public interface IDeviceLifter
{
    IReadOnlyList<string> Drivers { get; }

    void Lift(ArgvOption option, PropertyBag p, LiftContext ctx);
}
