using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Formatters;

/// <summary>GCC-style lines, <c>file:line:col: error QL0007: message</c>, each followed by its fix.</summary>
public sealed class TextFormatter : ILintFormatter
{
    public void Write(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        foreach (var report in reports)
        {
            foreach (var d in report.Findings)
            {
                output.WriteLine(d.ToString());
                if (d.Help is { Length: > 0 } help)
                {
                    output.WriteLine($"  help: {help}");
                }
            }
        }
    }

    /// <summary>One summary line (written to stderr by the CLI).</summary>
    public static string Summary(IReadOnlyList<FileReport> reports)
    {
        // Plain loops: Enumerable.Sum over a reference type is one more method compiled at run time.
        int errors = 0, warnings = 0, infos = 0;
        foreach (var r in reports)
        {
            foreach (var d in r.Findings)
            {
                errors += d.Severity == Severity.Error ? 1 : 0;
                warnings += d.Severity == Severity.Warning ? 1 : 0;
                infos += d.Severity == Severity.Info ? 1 : 0;
            }
        }

        return $"{Count(reports.Count, "file")} checked: {Count(errors, "error")}, {Count(warnings, "warning")}, {Count(infos, "note")}";
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
