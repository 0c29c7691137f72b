using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint;

/// <summary>The outcome of linting one file: its findings in file order.</summary>
/// <param name="ReadFailed">The file could not be read at all (an I/O error, exit status 2).</param>
public sealed record FileReport(string File, IReadOnlyList<Diagnostic> Findings, bool ReadFailed = false)
{
    public bool HasAtLeast(Severity threshold) => Findings.Any(d => d.Severity >= threshold);
}
