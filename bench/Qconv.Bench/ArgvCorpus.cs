namespace Qconv.Bench;

/// <summary>The .args files of the shared corpora (../shared beside the clone, or QCONV_SHARED).</summary>
internal static class ArgvCorpus
{
    public static (string Name, string Text)[] Load()
    {
        var shared = Environment.GetEnvironmentVariable("QCONV_SHARED") is { Length: > 0 } s
            ? s
            : Path.Combine(FindRepoRoot(), "..", "shared");
        var dirs = new[] { Path.Combine(shared, "corpus", "libvirt-9.0", "conv"), Path.Combine(shared, "corpus", "libvirt-argv2xml") };
        return [.. dirs.SelectMany(d => Directory.EnumerateFiles(d, "*.args"))
            .Order(StringComparer.Ordinal)
            .Select(p => (Path.GetFileName(p), File.ReadAllText(p)))];
    }

    // BenchmarkDotNet runs the benchmark from a generated project under bin/, so look upwards.
    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Toolchain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Toolchain.sln not found above " + AppContext.BaseDirectory);
    }
}
