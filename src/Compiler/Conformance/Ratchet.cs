namespace Qconv.Compiler.Conformance;

/// <summary>
/// The ratchet: the list of case ids known to pass, kept in the repository (one id a line, <c>#</c>
/// comments). A case on the list that stops passing is a regression, whatever the overall pass rate.
/// </summary>
public static class Ratchet
{
    public static IReadOnlySet<string> Read(string path)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return ids;
        }

        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                ids.Add(line);
            }
        }

        return ids;
    }

    /// <summary>Cases on the list that ran in this report and did not pass, in run order.</summary>
    public static IReadOnlyList<CaseResult> Regressions(ConformanceReport report, IReadOnlySet<string> passing) =>
        report.Results.Where(r => r.Status != CaseStatus.Pass && passing.Contains(r.Case.Id)).ToList();

    /// <summary>
    /// The list after this run: cases that ran are in it exactly when they passed; cases that did not run
    /// (a filtered run) keep their previous standing. Sorted, one id a line.
    /// </summary>
    /// <param name="command">The conformance command the list is for, named in its header comment.</param>
    public static string Updated(ConformanceReport report, IReadOnlySet<string> previous, string command = "to-native")
    {
        var ran = report.Results.Select(r => r.Case.Id).ToHashSet(StringComparer.Ordinal);
        var ids = previous.Where(id => !ran.Contains(id))
            .Concat(report.Results.Where(r => r.Status == CaseStatus.Pass).Select(r => r.Case.Id))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return $"# {command} conformance cases that pass; a listed case that fails is a regression.\n"
            + $"# Regenerate with: qconv conformance {command} ../shared/corpus/libvirt-9.0 --update-ratchet THIS_FILE\n"
            + string.Concat(ids.Select(id => id + "\n"));
    }
}
