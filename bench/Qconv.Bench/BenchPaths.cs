namespace Qconv.Bench;

/// <summary>Finds ../shared beside the repository, as tests do (QCONV_SHARED overrides).</summary>
internal static class BenchPaths
{
    public static string Corpus(string name)
    {
        var shared = Environment.GetEnvironmentVariable("QCONV_SHARED");
        if (string.IsNullOrEmpty(shared))
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Toolchain.sln")))
            {
                dir = dir.Parent;
            }

            // BenchmarkDotNet runs the benchmark from a generated project under bin/; fall back to the cwd.
            var root = dir?.FullName ?? Directory.GetCurrentDirectory();
            shared = Path.GetFullPath(Path.Combine(root, "..", "shared"));
        }

        return Path.Combine(shared, "corpus", name);
    }
}
