using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>One host device assigned twice to the same guest.</summary>
public sealed class QL0048DuplicateHostdevSource : IRule
{
    public string Id => "QL0048";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Host device is assigned more than once";

    public string Description => "A host PCI, USB or SCSI device can be given to a guest once; two <hostdev> elements with the same "
        + "<source> would claim it twice, and libvirt refuses the domain.";

    public string Fix => "Remove the duplicate <hostdev>.";

    public void Check(LintContext context)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var hostdev in context.DevicesNamed("hostdev"))
        {
            if (hostdev.Child("source") is not { } source || !source.HasElements && !source.HasAttributes)
            {
                continue;
            }

            // The source's normalized content identifies the host device (adapter + address, vendor/product, ...).
            var key = hostdev.Attr("type") + "|" + string.Join("|", source.DescendantsAndSelf()
                .SelectMany(e => e.Attributes().Select(a => $"{e.Name.LocalName}@{a.Name.LocalName}={XmlFacts.Number(a.Value)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? a.Value}"))
                .Order(StringComparer.Ordinal));
            if (seen.TryGetValue(key, out var line))
            {
                context.Report(source, $"this host device is already assigned on line {line}");
            }
            else
            {
                seen[key] = context.SpanOf(hostdev).Line;
            }
        }
    }
}
