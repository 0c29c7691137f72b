namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary><c>-blockdev {...}</c>: one node of a storage chain, registered by its node-name for <c>-device drive=</c>.</summary>
public sealed class BlockdevLifter() : OptionLifter(LiftPhase.Backends, "blockdev")
{
    public override void Lift(ArgvOption option, LiftContext ctx) => ctx.DefineFromOption("blockdev", option, "node-name");
}
