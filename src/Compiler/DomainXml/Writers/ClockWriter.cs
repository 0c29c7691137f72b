using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers;

/// <summary>&lt;clock&gt; and its &lt;timer&gt;s.</summary>
internal static class ClockWriter
{
    public static void Write(XmlTextBuilder x, ClockSettings clock)
    {
        var attrs = new (string, string?)[]
        {
            ("offset", clock.Offset ?? "utc"), ("timezone", clock.Timezone), ("adjustment", clock.Adjustment),
            ("basis", clock.Basis), ("start", clock.Start), ("sync", clock.LegacySync),
        };
        x.Element(
            "clock",
            c =>
            {
                foreach (var t in clock.Timers)
                {
                    var ta = new (string, string?)[]
                    {
                        ("name", t.Name), ("present", t.Present is { } p ? YesNo(p) : null), ("tickpolicy", t.TickPolicy),
                        ("track", t.Track), ("frequency", Str(t.Frequency)), ("mode", t.Mode),
                    };
                    if (t.CatchUp is { } cu)
                    {
                        c.Open("timer", ta);
                        GenericNodeWriter.Write(c, cu);
                        c.Close();
                    }
                    else
                    {
                        c.Empty("timer", ta);
                    }
                }
            },
            attrs);
    }
}
