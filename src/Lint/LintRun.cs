namespace Qconv.Lint;

/// <summary>Lints many files on all cores and returns the reports in input order.</summary>
public static class LintRun
{
    /// <param name="progress">Called once per finished file (from worker threads).</param>
    public static IReadOnlyList<FileReport> Run(Linter linter, IReadOnlyList<string> files, Action? progress = null)
    {
        // Workers parse their first files while the schema compiles; they wait for it only to validate.
        Schema.DomainSchema.Warm();
        var results = new FileReport?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            results[i] = linter.LintFile(files[i]);
            progress?.Invoke();
        });
        return [.. results.OfType<FileReport>()];
    }
}
