using Xunit;

namespace Qconv.TestSupport;

/// <summary>
/// A small stand-in for Verify: compares text with a <c>*.verified.*</c> file beside the test
/// data. On a mismatch it writes <c>*.actual.*</c> next to it; with QCONV_ACCEPT=1 it accepts the
/// new output instead (writes the verified file and passes).
/// </summary>
public static class Snapshot
{
    public static bool Accepting => Environment.GetEnvironmentVariable("QCONV_ACCEPT") == "1";

    /// <param name="verifiedPath">Path of the verified file, e.g. <c>case.verified.args</c>.</param>
    public static void Match(string actual, string verifiedPath)
    {
        actual = Normalize(actual);
        var actualPath = ActualPathFor(verifiedPath);
        if (File.Exists(verifiedPath) && Normalize(File.ReadAllText(verifiedPath)) == actual)
        {
            if (File.Exists(actualPath))
            {
                File.Delete(actualPath);
            }

            return;
        }

        if (Accepting)
        {
            File.WriteAllText(verifiedPath, actual);
            return;
        }

        File.WriteAllText(actualPath, actual);
        var expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        Assert.Fail(expected is null
            ? $"no verified snapshot {verifiedPath}; wrote {actualPath} (QCONV_ACCEPT=1 accepts it)"
            : $"snapshot mismatch {verifiedPath}: {FirstDifference(expected, actual)}; wrote {actualPath}");
    }

    public static string ActualPathFor(string verifiedPath)
    {
        var name = Path.GetFileName(verifiedPath);
        var idx = name.IndexOf(".verified", StringComparison.Ordinal);
        var actualName = idx >= 0 ? name[..idx] + ".actual" + name[(idx + ".verified".Length)..] : name + ".actual";
        return Path.Combine(Path.GetDirectoryName(verifiedPath) ?? ".", actualName);
    }

    /// <summary>Describes the first line where two texts differ, for a one-line failure message.</summary>
    public static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end>";
            var al = i < a.Length ? a[i] : "<end>";
            if (el != al)
            {
                return $"line {i + 1}: expected `{el}` but got `{al}`";
            }
        }

        return "identical";
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
