namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// Monitors: <c>-monitor SPEC</c>, <c>-qmp SPEC</c> and <c>-mon chardev=ID,mode=...</c>. libvirt
/// always creates its own QMP monitor, so domain XML has no element for them; -mon still has to
/// name a defined -chardev.
/// </summary>
public sealed class MonitorLifter() : OptionLifter(LiftPhase.Adjustments, "monitor", "qmp", "qmp-pretty", "mon")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Name == "mon" && option.Properties is { } p && p.GetEntry("chardev") is { } chardev && p.GetString("chardev") is { } id)
        {
            ctx.Resolve("chardev", id, chardev.Value.Span);
        }
    }
}
