using Qconv.Compiler.Conformance;
using Qconv.TestSupport;
using Xunit;

namespace Qconv.Compiler.Tests.Conformance;

/// <summary>
/// The normalize regression gate: every case listed in tests/conformance/normalize.passing.txt must still
/// produce libvirt's *.out.xml. Extend the list with <c>qconv conformance normalize ... --update-ratchet</c>.
/// </summary>
[Collection("corpus")]
public class NormalizeRatchetTests(CorpusFixture fixture)
{
    [Fact]
    public void Listed_cases_still_pass()
    {
        var listed = Ratchet.Read(Path.Combine(RepoPaths.Root, "tests", "conformance", "normalize.passing.txt"));
        Assert.NotEmpty(listed);
        var cases = NormalizeRunner.Cases(fixture.Corpus);
        var unknown = listed.Where(id => cases.All(c => c.Id != id)).ToList();
        Assert.True(unknown.Count == 0, "listed but not a corpus case with an out.xml: " + string.Join(", ", unknown));

        var report = NormalizeRunner.Run(fixture.Corpus);
        var regressions = Ratchet.Regressions(report, listed);
        Assert.True(regressions.Count == 0, string.Join("\n", regressions.Select(ConformanceReport.FormatLine)));
    }

    [Fact]
    public void Every_case_with_an_out_xml_is_judged_once()
    {
        var cases = NormalizeRunner.Cases(fixture.Corpus);
        Assert.Equal(cases.Count, cases.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(cases, c => Assert.True(File.Exists(NormalizeRunner.ExpectedPath(c)), c.Id));
        Assert.DoesNotContain(cases, c => c.Id.Contains('#', StringComparison.Ordinal));
    }
}
