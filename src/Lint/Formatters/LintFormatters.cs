namespace Qconv.Lint.Formatters;

/// <summary>The formats <c>qconv lint --format</c> accepts.</summary>
public static class LintFormatters
{
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "sarif", "github"];

    public static ILintFormatter? Create(string name) => name switch
    {
        "text" => new TextFormatter(),
        "json" => new JsonFormatter(),
        "sarif" => new SarifFormatter(Rules.RuleDocs.BaseUri),
        "github" => new GitHubFormatter(),
        _ => null,
    };

    /// <summary>Paths in machine-readable output use '/' whatever the OS.</summary>
    public static string PortablePath(string path) => path.Replace('\\', '/');

    /// <summary>Code scanning and workflow annotations want paths relative to the checkout (the working directory in CI).</summary>
    public static string RelativePath(string file)
    {
        var path = PortablePath(Path.IsPathRooted(file) ? Path.GetRelativePath(Environment.CurrentDirectory, file) : file);
        return path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path;
    }
}
