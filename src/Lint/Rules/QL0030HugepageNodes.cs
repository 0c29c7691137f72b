using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>Huge page sizes tied to guest NUMA nodes that do not exist (formatdomain.html, "Memory Backing").</summary>
public sealed class QL0030HugepageNodes : IRule
{
    public string Id => "QL0030";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Huge page nodeset names guest NUMA nodes that do not exist";

    public string Description => "<hugepages><page nodeset=...> chooses the page size per guest NUMA node. The nodeset must name "
        + "existing <cpu><numa> cells; without guest NUMA cells there is only the whole guest, so nodeset can only be 0 at most "
        + "and is better left out.";

    public string Fix => "Drop nodeset= (one page size for the whole guest) or define the guest NUMA cells it refers to.";

    public void Check(LintContext context)
    {
        var cells = NumaCells.Count(context);
        var pages = context.Root.Child("memoryBacking")?.Child("hugepages")?.Children("page") ?? [];
        var hasDefault = pages.Any(p => p.Attribute("nodeset") is null);
        foreach (var page in pages)
        {
            if (XmlFacts.NodeSet(page.Attr("nodeset")) is not { Count: > 0 } nodes)
            {
                continue;
            }

            if (cells == 0 && (hasDefault || nodes.Max > 0))
            {
                context.Report(page.Attribute("nodeset")!, "hugepage nodeset needs guest NUMA cells (<cpu><numa>)");
            }
            else if (cells > 0 && nodes.Max >= cells)
            {
                context.Report(page.Attribute("nodeset")!, $"hugepage nodeset names node {nodes.Max}, but the guest has {cells} NUMA cells");
            }
        }
    }
}
