using Qconv.Compiler.Conformance;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.Native.Writers;
using Qconv.Compiler.ToNative;

namespace Qconv.Compiler.FromNative.Conformance;

/// <summary>
/// The round trip over libvirt's command-line corpus (a folder with <c>conv/MANIFEST.tsv</c>): for each
/// <c>args</c> case, from-native reads the expected <c>NAME.x86_64-latest.args</c> and writes domain XML,
/// to-native compiles that XML with that case's own inputs (<see cref="ToNativeCorpus.PrepareInput"/>: caps, qemu.conf,
/// harness host) and the result must be the same text. Test-harness code: it reads expected files.
/// </summary>
public static class RoundTripCorpus
{
    /// <summary>True when <paramref name="dir"/> is laid out as a to-native corpus root.</summary>
    public static bool IsCorpusRoot(string dir) => File.Exists(Path.Combine(dir, "conv", "MANIFEST.tsv"));

    public static IReadOnlyList<ConformanceResult> Run(ToNativeCorpus corpus, string? filter = null, Action<ConformanceResult>? progress = null)
    {
        var results = new List<ConformanceResult>();
        foreach (var c in corpus.Cases)
        {
            if (c.Expect != ToNativeExpectation.Args || c.ExpectedPath is null
                || (filter is not null && !c.Id.Contains(filter, StringComparison.Ordinal)))
            {
                continue;
            }

            var result = RunOne(corpus, c);
            results.Add(result);
            progress?.Invoke(result);
        }

        return results;
    }

    public static ConformanceResult RunOne(ToNativeCorpus corpus, ToNativeCase c)
    {
        var kase = new ConformanceCase(c.Id, c.ExpectedPath!, null, ConformanceKind.RoundTrip);
        try
        {
            var bag = new DiagnosticBag();
            var input = corpus.PrepareInput(c, bag);
            if (bag.HasErrors)
            {
                return new ConformanceResult(kase, false, "harness: " + FirstError(bag));
            }

            var expected = File.ReadAllText(c.ExpectedPath!);
            var lifted = FromNativeCompiler.Compile(expected, c.ExpectedPath!, new FromNativeOptions
            {
                Uuid = UuidWhenAbsent.Omit,
                FallbackName = c.Name,
                Host = input.Host,
                FdGroups = c.Harness.FdGroups,

                // The key file the harness host's libvirt would have written (from the same fake random bytes to-native uses).
                ReadMasterKey = _ => Native.SecretObject.NewMasterKey(input.Host),
            });
            if (lifted.Domain is null)
            {
                return new ConformanceResult(kase, false, "from-native: " + FirstError(lifted.Diagnostics));
            }

            // Through the XML text, as a user would: what from-native writes is what to-native reads.
            var compiled = ToNativeCompiler.Compile(new CompileRequest(lifted.Xml!, c.ExpectedPath!, input.Caps, input.Config, input.Host));
            if (compiled.CommandLine is null)
            {
                return new ConformanceResult(kase, false, "to-native: " + FirstError(compiled.Diagnostics));
            }

            var diff = ArgsDiff.FirstDifference(expected, ArgvWriter.Write(compiled.CommandLine));
            return diff is { } d
                ? new ConformanceResult(kase, false, $"argument {d.Index + 1}: expected `{d.Expected ?? "<end>"}` got `{d.Got ?? "<end>"}`")
                : new ConformanceResult(kase, true, null);
        }
#pragma warning disable CA1031 // A crash in one case (either direction) is that case's failure, not the run's.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new ConformanceResult(kase, false, $"crashed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>Listed ids that ran in this run and did not pass, in run order.</summary>
    public static IReadOnlyList<string> Regressions(IEnumerable<ConformanceResult> results, IReadOnlySet<string> listed) =>
        results.Where(r => !r.Passed && listed.Contains(r.Case.Name)).Select(r => r.Case.Name).ToList();

    /// <summary>
    /// The ratchet file after a run: ids that ran are listed exactly when they passed, ids that did not run
    /// (a filtered run) keep their standing; sorted, under a header saying how to regenerate it.
    /// </summary>
    public static string RatchetText(IReadOnlyList<ConformanceResult> results, IReadOnlySet<string> previous)
    {
        var ran = results.Select(r => r.Case.Name).ToHashSet(StringComparer.Ordinal);
        var ids = previous.Where(id => !ran.Contains(id))
            .Concat(results.Where(r => r.Passed).Select(r => r.Case.Name))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return "# Round trips (from-native of the expected .args, then to-native) that give back the same command line;\n"
            + "# a listed case that fails is a regression.\n"
            + "# Regenerate with: qconv conformance from-native ../shared/corpus/libvirt-9.0 --update-ratchet THIS_FILE\n"
            + string.Concat(ids.Select(id => id + "\n"));
    }

    private static string FirstError(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)?.ToString() ?? "failed";
}
