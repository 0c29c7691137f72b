using System.Globalization;

namespace Qconv.Compiler.Conformance;

/// <summary>The verdicts of one conformance run, with the figures and gates the CLI and CI use.</summary>
public sealed record ConformanceReport(IReadOnlyList<CaseResult> Results)
{
    public int Total => Results.Count;

    public int Passed => Results.Count(r => r.Status == CaseStatus.Pass);

    /// <summary>Failures and errors alike.</summary>
    public int Failed => Total - Passed;

    /// <summary>Passed / total, 0..1 (1 for an empty run).</summary>
    public double PassRate => Total == 0 ? 1 : (double)Passed / Total;

    /// <summary>The closing line of every run: <c>N passed, M failed</c>.</summary>
    public string SummaryLine => string.Create(CultureInfo.InvariantCulture, $"{Passed} passed, {Failed} failed");

    /// <summary>
    /// Whether the run is good enough: everything passes, or — when a minimum is given — the pass rate
    /// reaches it (0..1).
    /// </summary>
    public bool MeetsThreshold(double? minPassRate) => Failed == 0 || (minPassRate is { } min && PassRate >= min);

    /// <summary>Failures grouped by cause, largest group first (ties by cause), cases in run order.</summary>
    public IReadOnlyList<IGrouping<string, CaseResult>> FailuresByCause() =>
        Results.Where(r => r.Status != CaseStatus.Pass)
            .GroupBy(r => r.Cause ?? "unknown")
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>One console line per case: <c>PASS id</c>, <c>FAIL id: cause: detail</c>, <c>ERROR id: ...</c>.</summary>
    public static string FormatLine(CaseResult r) => r.Status switch
    {
        CaseStatus.Pass => "PASS " + r.Case.Id,
        CaseStatus.Fail => $"FAIL {r.Case.Id}: {r.Cause}: {Shorten(r.Detail)}",
        _ => $"ERROR {r.Case.Id}: {r.Cause}: {Shorten(r.Detail)}",
    };

    private static string Shorten(string? s, int max = 400) =>
        s is null ? string.Empty : s.Length <= max ? s : s[..max] + "…";
}
