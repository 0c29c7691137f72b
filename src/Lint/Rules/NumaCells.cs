using System.Xml.Linq;

namespace Qconv.Lint.Rules;

/// <summary>The guest NUMA cells of cpu/numa, as rules about nodes and nodesets need them.</summary>
public static class NumaCells
{
    public static IReadOnlyList<XElement> Of(LintContext context) =>
        context.Root.Child("cpu")?.Child("numa")?.Children("cell").ToList() ?? [];

    /// <summary>The number of guest NUMA nodes (0 when the guest has no NUMA topology).</summary>
    public static int Count(LintContext context) => Of(context).Count;
}
