using Qconv.Compiler.Conformance;
using Qconv.Compiler.FromNative.Conformance;
using Qconv.TestSupport;
using Qconv.Compiler.Tests.Conformance;
using Xunit;

namespace Qconv.Compiler.Tests.FromNative;

/// <summary>
/// The round-trip regression gate: every case listed in tests/conformance/round-trip.passing.txt must still
/// give back its expected command line after from-native and to-native (with the case's own caps, qemu.conf
/// and harness host). Extend the list with <c>qconv conformance from-native ../shared/corpus/libvirt-9.0 --update-ratchet</c>.
/// </summary>
[Collection("corpus")]
public class RoundTripRatchetTests(CorpusFixture fixture)
{
    [Fact]
    public void Listed_cases_still_round_trip()
    {
        var listed = Ratchet.Read(Path.Combine(RepoPaths.Root, "tests", "conformance", "round-trip.passing.txt"));
        Assert.NotEmpty(listed);
        var byId = fixture.Corpus.Cases.Where(c => c.Expect == ToNativeExpectation.Args).ToDictionary(c => c.Id);
        var unknown = listed.Where(id => !byId.ContainsKey(id)).ToList();
        Assert.True(unknown.Count == 0, "listed but not an args case of the corpus: " + string.Join(", ", unknown));

        var failed = listed.Select(id => RoundTripCorpus.RunOne(fixture.Corpus, byId[id])).Where(r => !r.Passed)
            .Select(r => $"{r.Case.Name}: {r.Detail}").ToList();
        Assert.True(failed.Count == 0, string.Join("\n", failed));
    }

    [Fact]
    public void Corpus_root_is_recognized_and_every_args_case_runs()
    {
        Assert.True(RoundTripCorpus.IsCorpusRoot(RepoPaths.Corpus("libvirt-9.0")));
        Assert.False(RoundTripCorpus.IsCorpusRoot(Path.Combine(RepoPaths.Corpus("libvirt-9.0"), "conv")));
        var results = RoundTripCorpus.Run(fixture.Corpus);
        Assert.Equal(fixture.Corpus.Cases.Count(c => c.Expect == ToNativeExpectation.Args), results.Count);
    }

    [Fact]
    public void A_case_that_does_not_round_trip_fails()
    {
        // A real case's inputs with an expected line libvirt would never have written (no monitor, no
        // -nodefaults...): to-native gives back libvirt's full line, so the round trip cannot hold.
        var real = fixture.Corpus.Cases.First(c => c.Expect == ToNativeExpectation.Args);
        var expected = Path.GetTempFileName();
        try
        {
            File.WriteAllText(expected, "/usr/bin/qemu-system-x86_64 -name guest=bare -m 512\n");
            var result = RoundTripCorpus.RunOne(fixture.Corpus, real with { ExpectedPath = expected });
            Assert.False(result.Passed);
            Assert.StartsWith("argument ", result.Detail, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(expected);
        }
    }
}
