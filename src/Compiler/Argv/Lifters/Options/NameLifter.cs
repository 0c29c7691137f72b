namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-name [guest=]NAME[,debug-threads=on][,process=...]</c>: the guest's name. debug-threads and
/// process only affect thread and process names on the host, which libvirt sets itself.
/// </summary>
public sealed class NameLifter() : OptionLifter(LiftPhase.Settings, "name")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Properties is not { } p)
        {
            return;
        }

        if (p.GetString("guest") is { Length: > 0 } name)
        {
            ctx.Domain = ctx.Domain with { Name = name };
        }

        ctx.IgnoreProperties(option, p, "guest", "debug-threads", "process");
    }
}
