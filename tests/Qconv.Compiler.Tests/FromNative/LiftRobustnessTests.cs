using Qconv.Compiler.Conformance;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.FromNative;
using Qconv.Compiler.Tests.Conformance;
using Qconv.Compiler.ToNative;
using Xunit;

namespace Qconv.Compiler.Tests.FromNative;

/// <summary>
/// No command line crashes from-native, nor the to-native compile of what it lifts: every corpus
/// command line, and copies with every k-th line left out (dangling references, chains cut in the
/// middle, backends without devices and devices without backends), must end in XML or diagnostics.
/// A storage chain whose format node sat on a slice node once lifted to a backing level without a
/// source, which crashed to-native's block node writer.
/// </summary>
[Collection("corpus")]
public class LiftRobustnessTests(CorpusFixture fixture)
{
    private static readonly int[] Strides = [0, 2, 3, 5, 7];

    [Fact]
    public void Corpus_lines_and_their_mutilated_copies_never_crash_either_direction()
    {
        var crashes = new List<string>();
        foreach (var c in fixture.Corpus.Cases.Where(c => c.ExpectedPath is not null && c.Expect == ToNativeExpectation.Args))
        {
            var lines = File.ReadAllText(c.ExpectedPath!).Split('\n');
            var input = fixture.Corpus.PrepareInput(c, new DiagnosticBag());
            foreach (var k in Strides)
            {
                var text = string.Join('\n', lines.Where((_, i) => k == 0 || i == 0 || i % k != 0));
                try
                {
                    var lifted = FromNativeCompiler.Compile(text, c.Id, new FromNativeOptions { FallbackName = c.Name, Host = input.Host, FdGroups = c.Harness.FdGroups });
                    if (lifted.Xml is { } xml)
                    {
                        ToNativeCompiler.Compile(new CompileRequest(xml, c.Id, input.Caps, input.Config, input.Host));
                    }
                }
#pragma warning disable CA1031 // Any exception is the failure this test looks for.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    crashes.Add($"{c.Id} (every {k}th line left out): {ex.GetType().Name}: {ex.Message}");
                }
            }
        }

        Assert.True(crashes.Count == 0, string.Join("\n", crashes));
    }
}
