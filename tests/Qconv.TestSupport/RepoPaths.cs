namespace Qconv.TestSupport;

/// <summary>
/// Where tests find the repository and the shared corpora. The corpora live beside the clone in
/// <c>../shared</c> (as in CI) and are never copied into the repository; QCONV_SHARED overrides.
/// </summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Shared =>
        Environment.GetEnvironmentVariable("QCONV_SHARED") is { Length: > 0 } s
            ? s
            : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string TestData => Path.Combine(Root, "testdata");

    public static string Corpus(string name) => Path.Combine(Shared, "corpus", name);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Toolchain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Toolchain.sln not found above the test binaries");
    }
}
