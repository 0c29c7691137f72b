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
        var memory = XmlFacts.KiB(root.Child("memory"));
        var current = XmlFacts.KiB(root.Child("currentMemory"));
        var max = XmlFacts.KiB(root.Child("maxMemory"));
        var hasCells = root.Child("cpu")?.Child("numa")?.Child("cell") is not null;
        if (memory is { } m && current is { } c && c > m && !hasCells)
        {
            context.Report(root.Child("currentMemory")!, $"currentMemory ({c} KiB) is larger than memory ({m} KiB)");
        }

        if (memory is { } m2 && max is { } x && x < m2)
        {
            context.Report(root.Child("maxMemory")!, $"maxMemory ({x} KiB) is smaller than memory ({m2} KiB)");
        }

        if (memory == 0 && !hasCells)
        {
            context.Report(root.Child("memory")!, "memory size must be greater than zero");
        }
    }
}
