using Qconv.Compiler.Argv.Lifters.Chardev;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary><c>-chardev BACKEND,id=ID,...</c>: a character backend for -serial chardev:ID, -mon and -device.</summary>
public sealed class ChardevLifter() : OptionLifter(LiftPhase.Backends, "chardev")
{
    public override void Lift(ArgvOption option, LiftContext ctx) => ctx.DefineFromOption("chardev", option, payload: ChardevProperties.Read);
}
