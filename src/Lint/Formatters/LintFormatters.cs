namespace Qconv.Lint.Formatters;

/// <summary>The formats <c>qconv lint --format</c> accepts.</summary>
public static class LintFormatters
{
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "sarif", "github"];

    public static ILintFormatter? Create(string name) => name switch
    {
        "text" => new TextFormatter(),
        "json" => new JsonFormatter(),
        "sarif" => new SarifFormatter(),
        "github" => new GitHubFormatter(),
        _ => null,
    };

    /// <summary>Paths in machine-readable output use '/' whatever the OS.</summary>
    public static string PortablePath(string path) => path.Replace('\\', '/');
}
