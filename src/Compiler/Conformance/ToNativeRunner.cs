using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Conformance;

/// <summary>
/// Runs a to-native compiler over the corpus and judges each case: an <c>args</c> case passes when the
/// produced command line equals NAME.x86_64-latest.args byte for byte; a <c>parse-error</c> or
/// <c>failure</c> case passes when the compiler rejects the guest with an error diagnostic (its wording
/// need not match libvirt's).
/// </summary>
public static class ToNativeRunner
{
    public static ConformanceReport Run(
        ToNativeCorpus corpus,
        Func<ToNativeCaseInput, ToNativeOutcome> compile,
        string? filter = null,
        Action<CaseResult>? progress = null)
    {
        var results = new List<CaseResult>();
        foreach (var c in corpus.Cases)
        {
            if (filter is not null && !c.Id.Contains(filter, StringComparison.Ordinal))
            {
                continue;
            }

            var result = RunOne(corpus, c, compile);
            results.Add(result);
            progress?.Invoke(result);
        }

        return new ConformanceReport(results);
    }

    public static ConformanceReport Run(ToNativeCorpus corpus, IToNativeCompiler compiler, string? filter = null, Action<CaseResult>? progress = null) =>
        Run(corpus, compiler.Compile, filter, progress);

    private static CaseResult RunOne(ToNativeCorpus corpus, ToNativeCase c, Func<ToNativeCaseInput, ToNativeOutcome> compile)
    {
        var (input, error) = corpus.TryPrepare(c);
        if (input is null)
        {
            return error!;
        }

        ToNativeOutcome outcome;
        try
        {
            outcome = compile(input);
        }
        catch (Exception e)
        {
            // A crash in one case must not stop the run; it is that case's verdict.
            return new CaseResult(c, CaseStatus.Error, "crash: " + e.GetType().Name, e.Message);
        }

        var expected = c.Expect == ToNativeExpectation.Args && c.ExpectedPath is { } p ? File.ReadAllText(p) : null;
        return Judge(c, outcome, expected);
    }

    /// <summary>The verdict for one outcome; <paramref name="expectedArgs"/> is the expected file's text for args cases.</summary>
    public static CaseResult Judge(ToNativeCase c, ToNativeOutcome outcome, string? expectedArgs)
    {
        if (c.Expect != ToNativeExpectation.Args)
        {
            return outcome.Rejected
                ? CaseResult.Passed(c)
                : new CaseResult(c, CaseStatus.Fail, $"accepted a guest libvirt rejects ({c.Expect.ManifestName()})", "produced a command line instead of an error");
        }

        if (outcome.Rejected)
        {
            var first = outcome.FirstError;
            return new CaseResult(
                c,
                CaseStatus.Fail,
                "rejected a valid guest: " + (first?.Code ?? "no diagnostic"),
                first?.ToString() ?? "no command line and no error diagnostic");
        }

        if (expectedArgs is null)
        {
            return new CaseResult(c, CaseStatus.Error, "harness: missing expected command line", c.ExpectedPath);
        }

        if (ArgsDiff.FirstDifference(expectedArgs, outcome.ArgsText!) is not { } diff)
        {
            return CaseResult.Passed(c);
        }

        var cause = diff.Expected is not null ? ArgsDiff.OptionKey(diff.Expected) : "unexpected " + ArgsDiff.OptionKey(diff.Got!);
        var detail = $"argument {diff.Index + 1}: expected `{diff.Expected ?? "<end>"}` got `{diff.Got ?? "<end>"}`";
        return new CaseResult(c, CaseStatus.Fail, cause, detail);
    }
}
