using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// The guest clock: <c>-rtc base=utc|localtime|DATE[,clock=host|rt|vm][,driftfix=slew]</c> and the
/// old <c>-localtime</c> (qemuBuildClockCommandLine in reverse): base → &lt;clock offset&gt;,
/// driftfix=slew → the rtc timer's catchup tick policy.
/// </summary>
public sealed class RtcLifter() : OptionLifter(LiftPhase.Settings, "rtc", "localtime")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Name == "localtime")
        {
            ctx.Domain = ctx.Domain with { Clock = ctx.Domain.Clock with { Offset = "localtime" } };
            return;
        }

        if (option.Properties is not { } p)
        {
            return;
        }

        var clock = ctx.Domain.Clock;
        switch (p.GetString("base"))
        {
            case null:
                break;
            case "utc" or "localtime":
                clock = clock with { Offset = p.GetString("base") };
                break;
            case var date:
                clock = clock with { Offset = "absolute", Start = date };
                break;
        }

        if (p.GetString("driftfix") == "slew")
        {
            clock = clock with { Timers = clock.Timers.Where(t => t.Name != "rtc").Append(new ClockTimer { Name = "rtc", TickPolicy = "catchup" }).ToEquatableArray() };
        }

        ctx.Domain = ctx.Domain with { Clock = clock };
        ctx.IgnoreProperties(option, p, "base", "driftfix", "clock");
    }
}
