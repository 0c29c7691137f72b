using System.Globalization;
using Qconv.Compiler.Argv.Lifters.Values;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// HMAT data (docs/system/invocation "-numa hmat-lb"/"hmat-cache"), the mirror of to-native's HmatArgs:
/// a hmat-lb is a &lt;latency&gt; or &lt;bandwidth&gt; of &lt;numa&gt;&lt;interconnects&gt; (hierarchy=memory
/// has no cache attribute, first-level is cache='1'...), a hmat-cache a &lt;cache&gt; of its cell.
/// </summary>
public static class NumaHmat
{
    public static readonly string[] LinkKeys = ["type", "initiator", "target", "hierarchy", "data-type", "latency", "bandwidth"];

    public static readonly string[] CacheKeys = ["type", "node-id", "size", "level", "associativity", "policy", "line"];

    public static GenericNode? Link(PropertyBag p)
    {
        var dataType = p.GetString("data-type") ?? string.Empty;
        var dash = dataType.LastIndexOf('-');
        if (dash <= 0)
        {
            return null;
        }

        var (type, measure) = (dataType[..dash], dataType[(dash + 1)..]);
        var cache = p.GetString("hierarchy") switch
        {
            "first-level" => "1",
            "second-level" => "2",
            "third-level" => "3",
            _ => null,
        };
        (string Key, string? Value)[] where = [("initiator", p.GetString("initiator")), ("target", p.GetString("target")), ("cache", cache), ("type", type)];
        return measure switch
        {
            "latency" => NodeBuilder.Element("latency", [.. where, ("value", p.GetString("latency"))]),
            "bandwidth" when KiB(p.GetString("bandwidth")) is { } kib => NodeBuilder.Element("bandwidth", [.. where, ("value", kib), ("unit", "KiB")]),
            _ => null,
        };
    }

    public static GenericNode AddLink(GenericNode? interconnects, GenericNode link) =>
        interconnects is null
            ? new GenericNode("interconnects", EquatableArray<Attr>.Empty, null, [link])
            : interconnects with { Children = interconnects.Children.Add(link) };

    public static GenericNode? Cache(PropertyBag p)
    {
        if (KiB(p.GetString("size")) is not { } size)
        {
            return null;
        }

        var policy = p.GetString("policy") switch
        {
            "write-back" => "writeback",
            "write-through" => "writethrough",
            var other => other,
        };
        return NodeBuilder.Element(
            "cache",
            [("level", p.GetString("level")), ("associativity", p.GetString("associativity")), ("policy", policy)],
            NodeBuilder.Element("size", ("value", size), ("unit", "KiB")),
            p.GetString("line") is { } line ? NodeBuilder.Element("line", ("value", line), ("unit", "B")) : null);
    }

    // Sizes and bandwidths are QEMU sizes in bytes (libvirt writes them in K).
    private static string? KiB(string? text) =>
        text is not null && QemuSize.ParseBytes(text) is { } bytes ? (bytes / 1024).ToString(CultureInfo.InvariantCulture) : null;
}
