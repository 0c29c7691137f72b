namespace Qconv.Compiler.Argv.Lifters;

/// <summary>
/// Lifts one QEMU option family (the mirror image of an emitter): reads <see cref="ArgvOption"/>s
/// of the options it names and records what they mean in the <see cref="LiftContext"/>.
/// </summary>
public interface IOptionLifter
{
    /// <summary>The option names (without dash) this lifter reads.</summary>
    IReadOnlyList<string> Options { get; }

    /// <summary>When the lifter runs relative to others; see <see cref="LiftPhase"/>.</summary>
    LiftPhase Phase { get; }

    void Lift(ArgvOption option, LiftContext ctx);
}

/// <summary>
/// QEMU resolves ids regardless of option order (a <c>-device ...,drive=x</c> may come before its
/// <c>-drive id=x</c>), so lifters run in phases; within a phase options keep command line order.
/// </summary>
public enum LiftPhase
{
    /// <summary>Backends other options refer to by id: -blockdev, -netdev, -chardev, -object, -audiodev...</summary>
    Backends = 0,

    /// <summary>Guest settings and legacy all-in-one devices: -m, -machine, -drive if=ide, -net nic...</summary>
    Settings = 1,

    /// <summary>-device and friends, which resolve references to backends.</summary>
    Devices = 2,

    /// <summary>Options that adjust devices already lifted: -global, -mon.</summary>
    Adjustments = 3,
}
