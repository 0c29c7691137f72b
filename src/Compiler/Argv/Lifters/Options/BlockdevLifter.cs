namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary><c>-blockdev {...}</c>: one node of a storage chain, registered by its node-name for <c>-device drive=</c>.</summary>
public sealed class BlockdevLifter() : OptionLifter(LiftPhase.Backends, "blockdev")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Properties is not { } p)
        {
            return;
        }

        if (p.GetString("node-name") is not { } name)
        {
            ctx.Error(LiftCodes.MissingProperty, option.Span, "-blockdev needs a node-name");
            return;
        }

        ctx.Define("blockdev", name, option, p);
    }
}
