using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers;

/// <summary>&lt;vcpu&gt;, &lt;iothreads&gt;, &lt;iothreadids&gt;, &lt;cputune&gt;.</summary>
internal static class VcpuReader
{
    public static Domain Read(XElement e, Domain d, XmlReadContext ctx)
    {
        var max = ctx.ParseInt(e, e.Value, 1) ?? 1;
        return d with
        {
            Vcpu = d.Vcpu with
            {
                Max = max,
                Current = ctx.Int(e, "current", 1),
                Placement = ctx.Enum(e, "placement", "static", "auto"),
                CpuSet = XmlReadContext.Attr(e, "cpuset"),
            },
        };
    }

    public static Domain ReadIoThreads(XElement e, Domain d, XmlReadContext ctx) =>
        d with { Vcpu = d.Vcpu with { IoThreads = ctx.ParseInt(e, e.Value, 0) ?? 0 } };

    public static Domain ReadIoThreadIds(XElement e, Domain d, XmlReadContext ctx) =>
        d with
        {
            Vcpu = d.Vcpu with
            {
                IoThreadIds = e.Elements("iothread")
                    .Select(t => new IoThreadId(ctx.Int(t, "id", 1) ?? 1, ctx.Int(t, "thread_pool_min", 0), ctx.Int(t, "thread_pool_max", 0)))
                    .ToEquatableArray(),
            },
        };

    public static Domain ReadCpuTune(XElement e, Domain d, XmlReadContext ctx) =>
        d with { Vcpu = d.Vcpu with { CpuTune = XmlReadContext.Generic(e) } };
}
