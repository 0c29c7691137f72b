using System.Text.RegularExpressions;
using Qconv.TestSupport;
using Xunit;

namespace Qconv.Lint.Tests;

/// <summary>
/// Every XML case under testdata/lint marks the findings it expects inline, as a comment on the
/// line the finding points at: <c>&lt;!-- expect: QL0005 --&gt;</c> (repeat the code for two findings).
/// A case passes when the linter reports exactly those (line, code) pairs.
/// </summary>
public partial class RuleCaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Path.Combine(RepoPaths.TestData, "lint"), "*.xml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(f));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_gets_exactly_the_findings_marked_in_it(string name)
    {
        var path = Path.Combine(RepoPaths.TestData, "lint", name);
        var expected = Expected(File.ReadAllLines(path));
        var report = new Linter().LintFile(path)!;
        var actual = report.Findings.Select(d => $"{d.Span?.Line}:{d.Code}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
    }

    private static List<string> Expected(string[] lines)
    {
        var result = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match m in ExpectPattern().Matches(lines[i]))
            {
                foreach (var code in m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    result.Add($"{i + 1}:{code}");
                }
            }
        }

        result.Sort(StringComparer.Ordinal);
        return result;
    }

    [GeneratedRegex(@"<!-- expect: ((?:QL[0-9]{4} ?)+) -->")]
    private static partial Regex ExpectPattern();
}
