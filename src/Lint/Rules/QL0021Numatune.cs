using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>&lt;numatune&gt; settings that contradict each other (formatdomain.html, "NUMA Node Tuning").</summary>
public sealed class QL0021Numatune : IRule
{
    public string Id => "QL0021";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "NUMA tuning is contradictory";

    public string Description => "With placement='auto' numad chooses the host nodes, so a nodeset= is contradictory; with "
        + "placement='static' (the default when nodeset is given) the nodeset is required. A nodeset must select at least one "
        + "node. <memnode> tunes guest NUMA cells, so it needs <cpu><numa> cells with that id, cannot be combined with automatic "
        + "placement of the whole guest, and uses mode='restrictive' exactly when <memory> does.";

    public string Fix => "Either give placement='auto' without nodeset, or a non-empty nodeset; define guest NUMA cells for <memnode>.";

    public void Check(LintContext context)
    {
        if (context.Root.Child("numatune") is not { } numatune)
        {
            return;
        }

        var memory = numatune.Child("memory");
        var cells = NumaCells.Count(context);
        if (memory is not null)
        {
            var placement = memory.Attr("placement");
            var nodeset = memory.Attr("nodeset");
            if (placement == "auto" && nodeset is not null)
            {
                context.Report(memory.Attribute("nodeset")!, "nodeset cannot be combined with placement='auto'");
            }
            else if (placement == "static" && nodeset is null)
            {
                context.Report(memory, "placement='static' needs a nodeset");
            }

            if (nodeset is not null && XmlFacts.NodeSet(nodeset) is { Count: 0 })
            {
                context.Report(memory.Attribute("nodeset")!, $"nodeset '{nodeset}' selects no node");
            }
        }

        foreach (var memnode in numatune.Children("memnode"))
        {
            var memoryMode = memory?.Attr("mode") ?? "strict";
            var nodeMode = memnode.Attr("mode") ?? "strict";
            if ((memoryMode == "restrictive") != (nodeMode == "restrictive"))
            {
                context.Report(memnode, $"<memnode mode='{nodeMode}'> cannot be mixed with <memory mode='{memoryMode}'>: 'restrictive' must be used for all or none");
            }

            if (memnode.Number("cellid") is { } id && id >= cells)
            {
                context.Report(memnode, cells == 0
                    ? "<memnode> needs guest NUMA cells (<cpu><numa><cell>)"
                    : $"<memnode cellid='{id}'> names a guest NUMA cell that does not exist");
            }

            if (memory?.Attr("placement") == "auto")
            {
                context.Report(memnode, "<memnode> cannot be combined with <memory placement='auto'>");
            }
        }
    }
}
