using System.Text.RegularExpressions;
using Qconv.Compiler.Caps;
using Qconv.Compiler.Diagnostics;
using Qconv.TestSupport;
using Xunit;

namespace Qconv.Lint.Tests;

/// <summary>
/// Cases under testdata/lint/caps: capability-dependent rules (QL0050-QL0052), each case linted
/// with the built-in profile its first line names (<c>&lt;!-- qemu-version: 8.0 --&gt;</c>) and
/// marked like the other rule cases (<c>&lt;!-- expect: QL0050 --&gt;</c>). Without capabilities
/// the same files must give only the findings marked <c>&lt;!-- expect without caps: QL0050 --&gt;</c>
/// (rules whose default scope judges the guest against qconv's default profile).
/// </summary>
public partial class CapsRuleCaseTests
{
    private static readonly string[] CapsRules = ["QL0050", "QL0051", "QL0052"];

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Path.Combine(RepoPaths.TestData, "lint", "caps"), "*.xml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(f));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_gets_exactly_the_marked_findings_with_its_capabilities(string name)
    {
        var path = Path.Combine(RepoPaths.TestData, "lint", "caps", name);
        var lines = File.ReadAllLines(path);
        var version = VersionPattern().Match(lines[0]).Groups[1].Value;
        var bag = new DiagnosticBag();
        var caps = BuiltInProfiles.Get(version, bag);
        Assert.NotNull(caps);

        Assert.Equal(Marked(lines, ExpectPattern()), Findings(new Linter(caps: caps), path));
        Assert.Equal(Marked(lines, ExpectWithoutCapsPattern()), Findings(new Linter(), path));
    }

    private static IEnumerable<string> Marked(string[] lines, Regex pattern)
    {
        var expected = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match m in pattern.Matches(lines[i]))
            {
                expected.Add($"{i + 1}:{m.Groups[1].Value}");
            }
        }

        return expected.Order(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Findings(Linter linter, string path) =>
        linter.LintFile(path)!.Findings.Where(d => CapsRules.Contains(d.Code)).Select(d => $"{d.Span?.Line}:{d.Code}").Order(StringComparer.Ordinal);

    [GeneratedRegex(@"<!-- qemu-version: ([0-9.]+) -->")]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"<!-- expect: (QL[0-9]{4}) -->")]
    private static partial Regex ExpectPattern();

    [GeneratedRegex(@"<!-- expect without caps: (QL[0-9]{4}) -->")]
    private static partial Regex ExpectWithoutCapsPattern();
}
