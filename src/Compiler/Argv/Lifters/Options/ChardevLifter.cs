using Qconv.Compiler.Argv.Lifters.Chardev;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary><c>-chardev BACKEND,id=ID,...</c>: a character backend for -serial chardev:ID, -mon and -device.</summary>
public sealed class ChardevLifter() : OptionLifter(LiftPhase.Backends, "chardev")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Properties is not { } p)
        {
            return;
        }

        if (p.GetString("id") is not { } id)
        {
            ctx.Error(LiftCodes.MissingProperty, option.Span, "-chardev needs an id=");
            return;
        }

        ctx.Define("chardev", id, option, p, ChardevProperties.Read(p));
    }
}
