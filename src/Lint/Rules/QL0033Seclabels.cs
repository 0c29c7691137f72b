using System.Xml.Linq;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>Security label combinations libvirt refuses (formatdomain.html, "Security label").</summary>
public sealed class QL0033Seclabels : IRule
{
    public string Id => "QL0033";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Security labels are duplicated or contradictory";

    public string Description => "<seclabel type='none'> turns confinement off for the whole domain and cannot be combined with other "
        + "domain <seclabel> elements. Each security model (selinux, dac, apparmor) may appear only once, at domain level and "
        + "in each device's <source>.";

    public string Fix => "Keep one <seclabel> per model, and drop type='none' when other labels are configured.";

    public void Check(LintContext context)
    {
        var top = context.Root.Children("seclabel").ToList();
        if (top.Count > 1 && top.FirstOrDefault(s => s.Attr("type") == "none") is { } none)
        {
            context.Report(none, "<seclabel type='none'> cannot be combined with other domain security labels");
        }

        CheckUnique(context, top);
        foreach (var source in context.Devices.SelectMany(d => d.Children("source")))
        {
            CheckUnique(context, [.. source.Children("seclabel")]);
        }
    }

    private static void CheckUnique(LintContext context, List<XElement> labels)
    {
        var models = new HashSet<string>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            if (label.Attr("model") is { } model && !models.Add(model))
            {
                context.Report(label, $"security model '{model}' is labelled more than once here");
            }
        }
    }
}
