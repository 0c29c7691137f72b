namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// Options libvirt passes to every guest for its own management, which say nothing about the guest
/// itself: <c>-S</c> (start paused), <c>-no-user-config</c>, <c>-nodefaults</c>, <c>-sandbox</c>,
/// <c>-msg</c>, <c>-overcommit</c> (mem-lock is &lt;memoryBacking&gt;&lt;locked/&gt;), <c>-daemonize</c>,
/// <c>-pidfile</c>, <c>-nodefconfig</c>, <c>-no-hpet</c>-free timing flags and the like. Accepted, no XML.
/// </summary>
public sealed class AcceptedLifter() : OptionLifter(
    LiftPhase.Settings, "S", "no-user-config", "nodefconfig", "nodefaults", "sandbox", "msg", "overcommit", "daemonize", "pidfile")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Name == "overcommit" && option.Properties?.GetBool("mem-lock") == true)
        {
            var backing = ctx.Domain.Memory.Backing ?? new Ir.MemoryBacking();
            ctx.Domain = ctx.Domain with { Memory = ctx.Domain.Memory with { Backing = backing with { Locked = true } } };
        }
    }
}
