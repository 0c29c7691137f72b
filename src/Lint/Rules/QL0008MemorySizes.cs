using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>Memory sizes that contradict each other (libvirt's post-parse memory checks).</summary>
public sealed class QL0008MemorySizes : IRule
{
    public string Id => "QL0008";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Memory sizes contradict each other";

    public string Description => "<currentMemory> is the balloon target and cannot exceed <memory>, the boot-time maximum; "
        + "<maxMemory> (the hotplug ceiling) cannot be below <memory>; <memory> must not be zero unless NUMA cells give the size.";

    public string Fix => "Make currentMemory <= memory <= maxMemory (all in the same unit after scaling).";

    public void Check(LintContext context)
    {
        var root = context.Root;
        var memory = XmlFacts.KiB(root.Element("memory"));
        var current = XmlFacts.KiB(root.Element("currentMemory"));
        var max = XmlFacts.KiB(root.Element("maxMemory"));
        var hasCells = root.Element("cpu")?.Element("numa")?.Element("cell") is not null;
        if (memory is { } m && current is { } c && c > m && !hasCells)
        {
            context.Report(root.Element("currentMemory")!, $"currentMemory ({c} KiB) is larger than memory ({m} KiB)");
        }

        if (memory is { } m2 && max is { } x && x < m2)
        {
            context.Report(root.Element("maxMemory")!, $"maxMemory ({x} KiB) is smaller than memory ({m2} KiB)");
        }

        if (memory == 0 && !hasCells)
        {
            context.Report(root.Element("memory")!, "memory size must be greater than zero");
        }
    }
}
