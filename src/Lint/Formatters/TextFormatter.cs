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
        var errors = reports.Sum(r => r.Findings.Count(d => d.Severity == Severity.Error));
        var warnings = reports.Sum(r => r.Findings.Count(d => d.Severity == Severity.Warning));
        var infos = reports.Sum(r => r.Findings.Count(d => d.Severity == Severity.Info));
        return $"{reports.Count} files checked: {errors} errors, {warnings} warnings, {infos} notes";
    }
}
