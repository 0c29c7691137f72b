using Qconv.Compiler.Conformance;
using Qconv.TestSupport;
using Xunit;

namespace Qconv.Compiler.Tests.Conformance;

/// <summary>
/// The regression gate: every case listed in tests/conformance/to-native.passing.txt must still pass with
/// qconv's compiler. Extend the list with <c>qconv conformance to-native ... --update-ratchet</c>.
/// </summary>
[Collection("corpus")]
public class ToNativeRatchetTests(CorpusFixture fixture)
{
    [Fact]
    public void Listed_cases_still_pass()
    {
        var listed = Ratchet.Read(Path.Combine(RepoPaths.Root, "tests", "conformance", "to-native.passing.txt"));
        Assert.NotEmpty(listed);
        var unknown = listed.Where(id => fixture.Corpus.Cases.All(c => c.Id != id)).ToList();
        Assert.True(unknown.Count == 0, "listed but not in the corpus: " + string.Join(", ", unknown));

        var compiler = new ToNativeCompilerAdapter();
        var report = ToNativeRunner.Run(fixture.Corpus, input => listed.Contains(input.Case.Id)
            ? compiler.Compile(input)
            : ToNativeOutcome.Failure([]));
        var regressions = Ratchet.Regressions(report, listed);
        Assert.True(regressions.Count == 0, string.Join("\n", regressions.Select(ConformanceReport.FormatLine)));
    }
}
