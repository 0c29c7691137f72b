using Qconv.Compiler.Diagnostics;
using Qconv.Lint.Inputs;

namespace Qconv.Lint.Config;

/// <summary>
/// The settings of one <c>.qconvlint.json</c> (or the defaults when none is found):
/// per-rule severity overrides (null = off), ignored path globs relative to
/// <see cref="BaseDirectory"/>, and the directories guest images are expected in.
/// </summary>
public sealed class LintConfig
{
    public static readonly LintConfig Default = new(null, new Dictionary<string, Severity?>(), [], []);

    public LintConfig(string? path, IReadOnlyDictionary<string, Severity?> rules, IReadOnlyList<string> ignore, IReadOnlyList<string> imageDirectories)
    {
        Path = path;
        Rules = rules;
        Ignore = [.. ignore.Select(g => Glob.Compile(g))];
        ImageDirectories = imageDirectories;
        BaseDirectory = path is null ? null : System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
    }

    /// <summary>The file this came from, or null for the defaults.</summary>
    public string? Path { get; }

    public string? BaseDirectory { get; }

    public IReadOnlyDictionary<string, Severity?> Rules { get; }

    public IReadOnlyList<Glob> Ignore { get; }

    /// <summary>Directories (absolute) where disk images may live; empty = not checked.</summary>
    public IReadOnlyList<string> ImageDirectories { get; }

    /// <summary>The severity a finding of <paramref name="code"/> gets, or null when the rule is off.</summary>
    public Severity? SeverityFor(string code, Severity defaultSeverity) =>
        Rules.TryGetValue(code, out var s) ? s : defaultSeverity;

    public bool IsIgnored(string fullPath)
    {
        if (BaseDirectory is null || Ignore.Count == 0)
        {
            return false;
        }

        var relative = System.IO.Path.GetRelativePath(BaseDirectory, fullPath).Replace('\\', '/');
        return Ignore.Any(g => g.IsMatch(relative));
    }
}
