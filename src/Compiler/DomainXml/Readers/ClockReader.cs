using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers;

/// <summary>&lt;clock&gt; (https://libvirt.org/formatdomain.html#time-keeping).</summary>
internal static class ClockReader
{
    public static Domain Read(XElement e, Domain d, XmlReadContext ctx)
    {
        var clock = new ClockSettings
        {
            Offset = ctx.Enum(e, "offset", "utc", "localtime", "timezone", "variable", "absolute"),
            Timezone = XmlReadContext.Attr(e, "timezone"),
            Adjustment = XmlReadContext.Attr(e, "adjustment"),
            Basis = XmlReadContext.Attr(e, "basis"),
            Start = XmlReadContext.Attr(e, "start"),
            LegacySync = XmlReadContext.Attr(e, "sync"),
            Timers = e.Elements("timer").Select(t => ReadTimer(t, ctx)).ToEquatableArray(),
        };
        return d with { Clock = clock };
    }

    private static ClockTimer ReadTimer(XElement t, XmlReadContext ctx) => new()
    {
        Name = ctx.Enum(t, "name", "platform", "pit", "rtc", "hpet", "tsc", "kvmclock", "hypervclock", "armvtimer") ?? "invalid",
        Present = ctx.Bool(t, "present"),
        TickPolicy = ctx.Enum(t, "tickpolicy", "delay", "catchup", "merge", "discard"),
        Track = ctx.Enum(t, "track", "boot", "guest", "wall", "realtime"),
        Mode = XmlReadContext.Attr(t, "mode"),
        Frequency = ctx.ULong(t, "frequency"),
        CatchUp = t.Element("catchup") is { } c ? XmlReadContext.Generic(c) : null,
    };
}
