using System.Globalization;
using System.Text;

namespace Qconv.Compiler.Conformance;

/// <summary>
/// The markdown report of a run (docs/conformance.md): the pass figure, a table per expectation, and
/// the failures grouped by cause. Deterministic (no dates or timings), so it can live in the repository.
/// </summary>
public static class ConformanceMarkdown
{
    /// <param name="corpusDir">When given, this prefix is cut from paths in the details so the report reads the same on every machine.</param>
    /// <param name="command">The conformance command the report is for (its heading): <c>to-native</c>, <c>normalize</c>.</param>
    public static string Render(ConformanceReport report, string corpusName, string? corpusDir = null, string command = "to-native")
    {
        var prefix = corpusDir is null ? null : corpusDir.TrimEnd('/') + "/";
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"# {command} conformance\n\n");
        sb.Append(inv, $"Corpus: `{corpusName}` — {report.Total} cases, **{report.Passed} passed**, {report.Failed} failed ({report.PassRate * 100:0.0}%).\n\n");
        sb.Append("| expectation | cases | passed | failed |\n|---|---:|---:|---:|\n");
        foreach (var group in report.Results.GroupBy(r => r.Case.Expect).OrderBy(g => g.Key))
        {
            var passed = group.Count(r => r.Status == CaseStatus.Pass);
            sb.Append(inv, $"| {group.Key.ManifestName()} | {group.Count()} | {passed} | {group.Count() - passed} |\n");
        }

        var failures = report.FailuresByCause();
        if (failures.Count == 0)
        {
            sb.Append("\nEvery case passes.\n");
            return sb.ToString();
        }

        sb.Append("\n## Failures by cause\n");
        foreach (var g in failures)
        {
            sb.Append(inv, $"\n### {Escape(g.Key)} ({g.Count()})\n\n");
            foreach (var r in g)
            {
                var tag = r.Status == CaseStatus.Error ? " (error)" : string.Empty;
                var detail = prefix is null ? r.Detail : r.Detail?.Replace(prefix, string.Empty, StringComparison.Ordinal);
                sb.Append(inv, $"- `{r.Case.Id}`{tag}: {Escape(Shorten(detail))}\n");
            }
        }

        return sb.ToString();
    }

    private static string Shorten(string? s, int max = 300) =>
        s is null ? string.Empty : s.Length <= max ? s : s[..max] + "…";

    /// <summary>Keeps command-line text from turning into markdown markup.</summary>
    private static string Escape(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
