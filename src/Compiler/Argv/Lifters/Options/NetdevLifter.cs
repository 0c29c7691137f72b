namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary><c>-netdev TYPE,id=ID,...</c>: a network backend for a NIC's <c>netdev=ID</c>.</summary>
public sealed class NetdevLifter() : OptionLifter(LiftPhase.Backends, "netdev")
{
    public override void Lift(ArgvOption option, LiftContext ctx) => ctx.DefineFromOption("netdev", option);
}
