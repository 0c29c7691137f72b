using System.Collections.Concurrent;
using System.Text.Json;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Config;

/// <summary>
/// Finds the <c>.qconvlint.json</c> that governs a file: the first one in the file's directory
/// or any directory above it. Results are cached per directory. A config that cannot be read
/// is an I/O error (<see cref="QconvException"/>), not silently skipped.
/// </summary>
public sealed class LintConfigLoader
{
    public const string FileName = ".qconvlint.json";

    private readonly ConcurrentDictionary<string, LintConfig> _byDirectory = new(StringComparer.Ordinal);

    public LintConfig ForFile(string path) => ForFullPath(Path.GetFullPath(path));

    /// <summary>As <see cref="ForFile"/> for a path already made absolute (each GetFullPath of a relative path asks the OS for the working directory).</summary>
    public LintConfig ForFullPath(string fullPath) =>
        ForDirectory(Path.GetDirectoryName(fullPath) ?? Path.GetPathRoot(fullPath)!);

    private LintConfig ForDirectory(string dir)
    {
        if (_byDirectory.TryGetValue(dir, out var cached))
        {
            return cached;
        }

        var candidate = Path.Combine(dir, FileName);
        LintConfig config;
        if (File.Exists(candidate))
        {
            config = Load(candidate);
        }
        else
        {
            var parent = Path.GetDirectoryName(dir);
            config = parent is null || parent == dir ? LintConfig.Default : ForDirectory(parent);
        }

        return _byDirectory.GetOrAdd(dir, config);
    }

    /// <summary>Reads one config file: <c>{"rules": {"QL0007": "off"}, "ignore": ["glob"], "imageDirectories": ["/dir"]}</c>.</summary>
    public static LintConfig Load(string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = doc.RootElement;
            var rules = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);
            if (root.TryGetProperty("rules", out var r))
            {
                foreach (var p in r.EnumerateObject())
                {
                    rules[p.Name] = ParseLevel(path, p.Name, p.Value.GetString());
                }
            }

            return new LintConfig(path, rules, Strings(root, "ignore"), Strings(root, "imageDirectories"));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            throw new QconvException(new Diagnostic("QL0000", Severity.Error, $"cannot read lint configuration: {e.Message}", SourceSpan.WholeFile(path)));
        }
    }

    private static List<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var a) ? [.. a.EnumerateArray().Select(e => e.GetString() ?? string.Empty)] : [];

    private static Severity? ParseLevel(string path, string rule, string? level) => level?.ToLowerInvariant() switch
    {
        "off" or "none" => null,
        "info" or "note" => Severity.Info,
        "warning" or "warn" => Severity.Warning,
        "error" => Severity.Error,
        _ => throw new QconvException(new Diagnostic("QL0000", Severity.Error,
            $"rule {rule}: unknown level '{level}' (expected off, info, warning or error)", SourceSpan.WholeFile(path))),
    };
}
