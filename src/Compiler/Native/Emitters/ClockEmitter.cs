using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// <c>-rtc base=...[,clock=...][,driftfix=slew]</c> and the PIT's lost-tick policy as a
/// <c>-global</c> (qemuBuildClockCommandLine). QEMU's in-kernel PIT (kvm-pit) takes delay, slew
/// (libvirt's catchup) or discard.
/// </summary>
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
        if (rtc?.Track is "guest")
        {
            kv.Add("clock", "vm");
        }
        else if (rtc?.Track is "realtime")
        {
            kv.Add("clock", "rt");
        }

        if (rtc?.TickPolicy == "catchup")
        {
            kv.Add("driftfix", "slew");
        }

        ctx.Add("-rtc", kv);

        var pit = clock.Timers.FirstOrDefault(t => t.Name == "pit");
        var policy = pit?.TickPolicy switch
        {
            "delay" => "delay",
            "catchup" => "slew",
            "discard" => "discard",
            _ => null,
        };
        if (policy is not null)
        {
            ctx.Add("-global", $"kvm-pit.lost_tick_policy={policy}");
        }
    }
}
