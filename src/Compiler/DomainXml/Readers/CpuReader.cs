using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers;

/// <summary>&lt;cpu&gt; (https://libvirt.org/formatdomain.html#cpu-model-and-topology).</summary>
internal static class CpuReader
{
    public static Domain Read(XElement e, Domain d, XmlReadContext ctx)
    {
        var cpu = new CpuSettings
        {
            Mode = ctx.Enum(e, "mode", "custom", "host-model", "host-passthrough", "maximum"),
            Match = ctx.Enum(e, "match", "minimum", "exact", "strict"),
            Check = ctx.Enum(e, "check", "none", "partial", "full"),
            Migratable = XmlReadContext.Attr(e, "migratable"),
        };
        var features = new List<CpuFeature>();
        foreach (var c in e.Elements())
        {
            switch (c.Name.LocalName)
            {
                case "model":
                    cpu = cpu with { Model = c.Value.Trim(), Fallback = XmlReadContext.Attr(c, "fallback"), VendorId = XmlReadContext.Attr(c, "vendor_id") };
                    break;
                case "vendor":
                    cpu = cpu with { Vendor = c.Value.Trim() };
                    break;
                case "topology":
                    cpu = cpu with
                    {
                        Topology = new CpuTopology(
                            ctx.Int(c, "sockets", 1) ?? 1,
                            ctx.Int(c, "dies", 1) ?? 1,
                            ctx.Int(c, "cores", 1) ?? 1,
                            ctx.Int(c, "threads", 1) ?? 1),
                    };
                    break;
                case "feature":
                    features.Add(new CpuFeature(ctx.RequiredAttr(c, "name") ?? string.Empty, XmlReadContext.Attr(c, "policy") ?? "require"));
                    break;
                case "numa":
                    cpu = cpu with
                    {
                        NumaCells = c.Elements("cell").Select(cell => ReadCell(cell, ctx)).ToEquatableArray(),
                        NumaInterconnects = c.Element("interconnects") is { } ic ? XmlReadContext.Generic(ic) : null,
                    };
                    break;
                case "cache":
                    cpu = cpu with { Cache = XmlReadContext.Generic(c) };
                    break;
                case "maxphysaddr":
                    cpu = cpu with { MaxPhysAddr = XmlReadContext.Generic(c) };
                    break;
                default:
                    ctx.Error(c, "QX0003", $"unknown element <{c.Name.LocalName}> in <cpu>");
                    break;
            }
        }

        return d with { Cpu = cpu with { Features = features.ToEquatableArray() } };
    }

    private static NumaCell ReadCell(XElement c, XmlReadContext ctx) => new()
    {
        Id = ctx.Int(c, "id", 0),
        Cpus = XmlReadContext.Attr(c, "cpus"),
        MemoryKiB = ctx.ScaledKiB(c, XmlReadContext.Attr(c, "memory") ?? "0", XmlReadContext.Attr(c, "unit") ?? "KiB") ?? 0,
        MemAccess = ctx.Enum(c, "memAccess", "shared", "private"),
        Discard = ctx.Bool(c, "discard"),
        Distances = c.Element("distances") is { } ds
            ? ds.Elements("sibling").Select(s => new NumaDistance(ctx.Int(s, "id", 0) ?? 0, ctx.Int(s, "value", 10, 255) ?? 10)).ToEquatableArray()
            : EquatableArray<NumaDistance>.Empty,
        Extra = c.Elements().Where(x => x.Name.LocalName != "distances").Select(XmlReadContext.Generic).ToEquatableArray(),
    };
}
