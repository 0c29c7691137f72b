using System.Xml.Linq;
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
        // First holder of each source; its line is looked up only for a finding (positions cost a second read of the file).
        var seen = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var hostdev in context.DevicesNamed("hostdev"))
        {
            if (hostdev.Child("source") is not { } source || !source.HasElements && !source.HasAttributes)
            {
                continue;
            }

            // The source's normalized content identifies the host device (adapter + address, vendor/product, ...).
            var parts = new List<string>();
            foreach (var e in source.DescendantsAndSelf())
            {
                for (var a = e.FirstAttribute; a is not null; a = a.NextAttribute)
                {
                    parts.Add($"{e.Name.LocalName}@{a.Name.LocalName}={XmlFacts.Number(a.Value)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? a.Value}");
                }
            }

            parts.Sort(StringComparer.Ordinal);
            var key = hostdev.Attr("type") + "|" + string.Join("|", parts);
            if (seen.TryGetValue(key, out var first))
            {
                context.Report(source, $"this host device is already assigned on line {context.SpanOf(first).Line}");
            }
            else
            {
                seen[key] = hostdev;
            }
        }
    }
}
