using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Inputs;

/// <summary>
/// Turns the PATH arguments of <c>qconv lint</c> into a sorted, duplicate-free list of files:
/// a file is taken as is, a directory contributes every <c>*.xml</c> below it, and an argument
/// with wildcards is matched as a <see cref="Glob"/> below its wildcard-free prefix.
/// Arguments that match nothing are reported, not ignored.
/// </summary>
public static class InputExpander
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> arguments, DiagnosticBag errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Read once: GetFullPath of a relative path would ask the OS for the working directory per file.
        var cwd = Directory.GetCurrentDirectory();
        var result = new List<string>();
        foreach (var arg in arguments)
        {
            var matches = ExpandOne(arg);
            if (matches.Count == 0)
            {
                errors.Error("QL0000", SourceSpan.WholeFile(arg), Directory.Exists(arg)
                    ? "directory contains no *.xml files"
                    : "no such file or directory");
            }

            foreach (var m in matches)
            {
                if (seen.Add(Path.GetFullPath(m, cwd)))
                {
                    result.Add(m);
                }
            }
        }

        return result;
    }

    private static List<string> ExpandOne(string arg)
    {
        if (File.Exists(arg))
        {
            return [arg];
        }

        if (Directory.Exists(arg))
        {
            return Sorted(Directory.EnumerateFiles(arg, "*.xml", new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseSensitive }));
        }

        if (!Glob.HasWildcards(arg))
        {
            return [];
        }

        // Walk from the longest directory prefix that has no wildcard.
        var normalized = arg.Replace('\\', '/');
        var segments = normalized.Split('/');
        var fixedCount = 0;
        while (fixedCount < segments.Length - 1 && !Glob.HasWildcards(segments[fixedCount]))
        {
            fixedCount++;
        }

        var baseDir = fixedCount == 0 ? "." : string.Join('/', segments[..fixedCount]);
        if (baseDir.Length == 0)
        {
            baseDir = "/";
        }

        if (!Directory.Exists(baseDir))
        {
            return [];
        }

        var glob = Glob.Compile(string.Join('/', segments[fixedCount..]), anyDirectory: false);
        var files = Directory.EnumerateFiles(baseDir, "*", new EnumerationOptions { RecurseSubdirectories = true })
            .Where(f => glob.IsMatch(Path.GetRelativePath(baseDir, f)))
            .Select(f => fixedCount == 0 ? Path.GetRelativePath(".", f) : f);
        return Sorted(files);
    }

    private static List<string> Sorted(IEnumerable<string> files)
    {
        var list = files.ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }
}
