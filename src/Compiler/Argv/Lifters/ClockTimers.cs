using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters;

/// <summary>Sets a &lt;clock&gt;&lt;timer&gt; by name, replacing one of the same name (a timer appears once).</summary>
public static class ClockTimers
{
    public static void Set(LiftContext ctx, ClockTimer timer)
    {
        var clock = ctx.Domain.Clock;
        var timers = clock.Timers.Where(t => t.Name != timer.Name).Append(timer).ToEquatableArray();
        ctx.Domain = ctx.Domain with { Clock = clock with { Timers = timers } };
    }

    /// <summary>The timer of that name so far, or a new one.</summary>
    public static ClockTimer Get(LiftContext ctx, string name) =>
        ctx.Domain.Clock.Timers.FirstOrDefault(t => t.Name == name) ?? new ClockTimer { Name = name };
}
