using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers;

/// <summary>&lt;memory&gt;, &lt;currentMemory&gt;, &lt;maxMemory&gt;, &lt;memoryBacking&gt;, &lt;numatune&gt;.</summary>
internal static class MemoryReader
{
    public static Domain ReadMemory(XElement e, Domain d, XmlReadContext ctx)
    {
        var m = d.Memory with { TotalKiB = ctx.ScaledKiB(e) ?? 0 };
        if (XmlReadContext.Attr(e, "dumpCore") is { } dump)
        {
            m = m with { DumpCoreSetting = ctx.Enum(e, "dumpCore", "on", "off") };
            _ = dump;
        }

        return d with { Memory = m };
    }

    public static Domain ReadCurrentMemory(XElement e, Domain d, XmlReadContext ctx) =>
        d with { Memory = d.Memory with { CurrentKiB = ctx.ScaledKiB(e) } };

    public static Domain ReadMaxMemory(XElement e, Domain d, XmlReadContext ctx) =>
        d with { Memory = d.Memory with { MaxKiB = ctx.ScaledKiB(e), MaxSlots = ctx.Int(e, "slots", 0) } };

    public static Domain ReadBacking(XElement e, Domain d, XmlReadContext ctx)
    {
        var b = new MemoryBacking();
        foreach (var c in e.Elements())
        {
            switch (c.Name.LocalName)
            {
                case "hugepages":
                    var pages = c.Elements("page")
                        .Select(p => new HugePage(ctx.ScaledKiB(p, XmlReadContext.Attr(p, "size") ?? "0", XmlReadContext.Attr(p, "unit") ?? "KiB") ?? 0, XmlReadContext.Attr(p, "nodeset")))
                        .ToEquatableArray();
                    b = b with { Hugepages = true, Pages = pages };
                    break;
                case "nosharepages":
                    b = b with { NoSharePages = true };
                    break;
                case "locked":
                    b = b with { Locked = true };
                    break;
                case "source":
                    b = b with { SourceType = ctx.Enum(c, "type", "file", "anonymous", "memfd") };
                    break;
                case "access":
                    b = b with { AccessMode = ctx.Enum(c, "mode", "shared", "private") };
                    break;
                case "allocation":
                    b = b with { AllocationMode = ctx.Enum(c, "mode", "immediate", "ondemand"), AllocationThreads = ctx.Int(c, "threads", 1) };
                    break;
                case "discard":
                    b = b with { Discard = true };
                    break;
                default:
                    ctx.Error(c, "QX0003", $"unknown element <{c.Name.LocalName}> in <memoryBacking>");
                    break;
            }
        }

        return d with { Memory = d.Memory with { Backing = b } };
    }

    public static Domain ReadNumaTune(XElement e, Domain d, XmlReadContext ctx)
    {
        var mem = e.Element("memory");
        var nodes = e.Elements("memnode")
            .Select(n => new NumaMemNode(ctx.Int(n, "cellid", 0) ?? 0, XmlReadContext.Attr(n, "mode") ?? "strict", XmlReadContext.Attr(n, "nodeset") ?? string.Empty))
            .ToEquatableArray();
        var tune = new NumaTune(
            mem is null ? null : ctx.Enum(mem, "mode", "strict", "preferred", "interleave", "restrictive"),
            mem is null ? null : XmlReadContext.Attr(mem, "nodeset"),
            mem is null ? null : XmlReadContext.Attr(mem, "placement"),
            nodes);
        return d with { Memory = d.Memory with { NumaTune = tune } };
    }
}
