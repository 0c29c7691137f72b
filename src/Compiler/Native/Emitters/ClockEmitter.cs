using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary><c>-rtc base=...</c> and timer globals (qemuBuildClockCommandLine).</summary>
public sealed class ClockEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var clock = ctx.Domain.Clock;
        var kv = new KeyValueWriter();
        kv.Add("base", clock.Offset switch
        {
            "localtime" => "localtime",
            _ => "utc",
        });

        var rtc = clock.Timers.FirstOrDefault(t => t.Name == "rtc");
        if (rtc?.TickPolicy == "catchup")
        {
            kv.Add("driftfix", "slew");
        }

        ctx.Add("-rtc", kv);
    }
}
