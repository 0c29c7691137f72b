namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary><c>-netdev TYPE,id=ID,...</c>: a network backend for a NIC's <c>netdev=ID</c>.</summary>
public sealed class NetdevLifter() : OptionLifter(LiftPhase.Backends, "netdev")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Properties is not { } p)
        {
            return;
        }

        if (p.GetString("id") is not { } id)
        {
            ctx.Error(LiftCodes.MissingProperty, option.Span, "-netdev needs an id=");
            return;
        }

        ctx.Define("netdev", id, option, p);
    }
}
