using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.Normalize;

namespace Qconv.Compiler.Conformance;

/// <summary>
/// Runs <c>qconv normalize</c> over the corpus cases that have libvirt's canonical XML
/// (<c>NAME.x86_64-latest.out.xml</c>) and judges each: it passes when the normalized XML equals that file
/// byte for byte. Each case gets what its to-native run gets (caps with the harness tweaks, base.qemu.conf
/// plus the case's settings, the libvirt test host); a name listed more than once runs once, with its
/// first row that expects a command line.
/// </summary>
public static class NormalizeRunner
{
    public const string ExpectedSuffix = ".x86_64-latest.out.xml";

    /// <summary>The cases with an expected out.xml, one per name, ids without the <c>#2</c> suffix.</summary>
    public static IReadOnlyList<ToNativeCase> Cases(ToNativeCorpus corpus) =>
        corpus.Cases
            .GroupBy(c => c.Name, StringComparer.Ordinal)
            .Select(g => g.OrderBy(c => c.Expect == ToNativeExpectation.Args ? 0 : 1).First())
            .Where(c => File.Exists(ExpectedPath(c)))
            .Select(c => c with { Id = c.Name })
            .ToList();

    public static string ExpectedPath(ToNativeCase c) => Path.Combine(Path.GetDirectoryName(c.XmlPath)!, c.Name + ExpectedSuffix);

    public static ConformanceReport Run(ToNativeCorpus corpus, string? filter = null, Action<CaseResult>? progress = null)
    {
        var results = new List<CaseResult>();
        foreach (var c in Cases(corpus))
        {
            if (filter is not null && !c.Id.Contains(filter, StringComparison.Ordinal))
            {
                continue;
            }

            var result = RunOne(corpus, c);
            results.Add(result);
            progress?.Invoke(result);
        }

        return new ConformanceReport(results);
    }

    private static CaseResult RunOne(ToNativeCorpus corpus, ToNativeCase c)
    {
        var (input, error) = corpus.TryPrepare(c);
        if (input is null)
        {
            return error!;
        }

        string expected;
        try
        {
            expected = File.ReadAllText(ExpectedPath(c));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new CaseResult(c, CaseStatus.Error, "harness: unreadable expected XML", e.Message);
        }

        NormalizeResult result;
        try
        {
            result = Normalizer.Normalize(input.XmlText, input.XmlPath, input.Caps, input.Config, input.Host);
        }
        catch (Exception e)
        {
            // A crash in one case must not stop the run; it is that case's verdict.
            return new CaseResult(c, CaseStatus.Error, "crash: " + e.GetType().Name, e.Message);
        }

        return Judge(c, result, expected);
    }

    /// <summary>The verdict for one normalize result against the expected out.xml text.</summary>
    public static CaseResult Judge(ToNativeCase c, NormalizeResult result, string expected)
    {
        if (result.Xml is not { } xml)
        {
            var first = result.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error);
            return new CaseResult(c, CaseStatus.Fail, "rejected a valid guest: " + (first?.Code ?? "no diagnostic"), first?.ToString() ?? "no XML and no error diagnostic");
        }

        if (XmlLineDiff.First(expected, xml) is not { } diff)
        {
            return CaseResult.Passed(c);
        }

        var detail = $"line {diff.Line}: expected `{diff.Expected?.Trim() ?? "<end>"}` got `{diff.Got?.Trim() ?? "<end>"}`";
        return new CaseResult(c, CaseStatus.Fail, diff.Path, detail);
    }
}
