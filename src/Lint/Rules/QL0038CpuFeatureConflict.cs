using System.Text.RegularExpressions;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>Arm SVE vector lengths required while SVE itself is disabled.</summary>
public sealed partial class QL0038CpuFeatureConflict : IRule
{
    public string Id => "QL0038";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "CPU feature required while the feature it depends on is disabled";

    public string Description => "Arm SVE vector lengths (sve128, sve256, ...) are properties of SVE: requiring one while 'sve' is "
        + "disabled cannot be satisfied, and libvirt refuses it.";

    public string Fix => "Enable 'sve', or disable the sveNNN vector lengths as well.";

    public void Check(LintContext context)
    {
        var features = context.Root.Child("cpu")?.Children("feature").ToList() ?? [];
        if (!features.Any(f => f.Attr("name") == "sve" && f.Attr("policy") is "disable" or "forbid"))
        {
            return;
        }

        foreach (var f in features)
        {
            if (f.Attr("name") is { } name && SveLength().IsMatch(name) && f.Attr("policy") is "require" or "force" or null)
            {
                context.Report(f, $"'{name}' is required but 'sve' is disabled");
            }
        }
    }

    [GeneratedRegex("^sve[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SveLength();
}
