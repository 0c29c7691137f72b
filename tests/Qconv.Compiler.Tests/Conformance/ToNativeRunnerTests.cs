using Qconv.Compiler.Conformance;
using Qconv.Compiler.Diagnostics;
using Xunit;

namespace Qconv.Compiler.Tests.Conformance;

/// <summary>The runner judged with fake compilers (these fakes may read expected files; the real compiler may not).</summary>
[Collection("corpus")]
public class ToNativeRunnerTests(CorpusFixture fixture)
{
    private static readonly Diagnostic Rejection = new("QC9999", Severity.Error, "no");

    private readonly ToNativeCorpus _corpus = fixture.Corpus;

    /// <summary>A perfect fake: libvirt's own answer for every case.</summary>
    private static ToNativeOutcome Oracle(ToNativeCaseInput input) =>
        input.Case.Expect == ToNativeExpectation.Args
            ? ToNativeOutcome.Success(File.ReadAllText(input.Case.ExpectedPath!))
            : ToNativeOutcome.Failure([Rejection]);

    [Fact]
    public void A_compiler_that_matches_libvirt_passes_every_case()
    {
        var report = ToNativeRunner.Run(_corpus, Oracle);
        Assert.Equal(328, report.Total);
        Assert.Equal("328 passed, 0 failed", report.SummaryLine);
        Assert.True(report.MeetsThreshold(null));
        Assert.Contains("Every case passes.", ConformanceMarkdown.Render(report, "libvirt-9.0"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_compiler_that_rejects_everything_passes_only_the_error_cases()
    {
        var report = ToNativeRunner.Run(_corpus, _ => ToNativeOutcome.Failure([Rejection]));
        Assert.Equal("46 passed, 282 failed", report.SummaryLine);
        var group = Assert.Single(report.FailuresByCause());
        Assert.Equal("rejected a valid guest: QC9999", group.Key);
        Assert.False(report.MeetsThreshold(null));
        Assert.False(report.MeetsThreshold(0.5));
        Assert.True(report.MeetsThreshold(0.1));
    }

    [Fact]
    public void Accepting_a_guest_libvirt_rejects_fails()
    {
        var report = ToNativeRunner.Run(_corpus, _ => ToNativeOutcome.Success("x\n"), filter: "boot-dev+order");
        var r = Assert.Single(report.Results);
        Assert.Equal(CaseStatus.Fail, r.Status);
        Assert.StartsWith("accepted a guest libvirt rejects", r.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_differing_argument_names_the_cause()
    {
        var report = ToNativeRunner.Run(_corpus, input =>
        {
            var text = File.ReadAllText(input.Case.ExpectedPath!);
            return ToNativeOutcome.Success(text.Replace("-msg timestamp=on", "-msg timestamp=off", StringComparison.Ordinal));
        }, filter: "genid");
        var r = report.Results.First(x => x.Case.Id == "genid");
        Assert.Equal(CaseStatus.Fail, r.Status);
        Assert.Equal("-msg", r.Cause);
        Assert.Contains("expected `-msg timestamp=on` got `-msg timestamp=off`", r.Detail, StringComparison.Ordinal);
        Assert.StartsWith("FAIL genid: -msg: argument ", ConformanceReport.FormatLine(r), StringComparison.Ordinal);
    }

    [Fact]
    public void A_crash_is_an_error_and_the_run_goes_on()
    {
        var seen = new List<string>();
        var report = ToNativeRunner.Run(_corpus, _ => throw new InvalidOperationException("boom"), filter: "boot-", progress: r => seen.Add(r.Case.Id));
        Assert.True(report.Total > 5);
        Assert.Equal(report.Total, seen.Count);
        Assert.All(report.Results, r => Assert.Equal(CaseStatus.Error, r.Status));
        Assert.Equal("crash: InvalidOperationException", report.Results[0].Cause);
        Assert.StartsWith("ERROR ", ConformanceReport.FormatLine(report.Results[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void The_compiler_never_sees_the_expected_output()
    {
        ToNativeCaseInput? seen = null;
        ToNativeRunner.Run(_corpus, i => { seen = i; return ToNativeOutcome.Failure([Rejection]); }, filter: "genid");
        Assert.NotNull(seen);
        Assert.DoesNotContain("-msg timestamp", seen.XmlText, StringComparison.Ordinal);
        Assert.EndsWith("genid.xml", seen.XmlPath, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ratchet_reports_listed_cases_that_stopped_passing()
    {
        var report = ToNativeRunner.Run(_corpus, i => i.Case.Id == "boot-cdrom" ? Oracle(i) : ToNativeOutcome.Failure([Rejection]), filter: "boot-");
        var previous = new HashSet<string>(["boot-cdrom", "boot-floppy", "not-run"], StringComparer.Ordinal);
        Assert.Equal(["boot-floppy"], Ratchet.Regressions(report, previous).Select(r => r.Case.Id));

        var updated = Ratchet.Updated(report, previous);
        var ids = updated.Split('\n').Where(l => l.Length > 0 && l[0] != '#').ToList();
        Assert.Equal(["boot-cdrom", "boot-dev+order", "boot-menu-enable-with-timeout-invalid", "hostdev-scsi-vhost-scsi-pci-boot-fail", "not-run"], ids);

        var file = Path.Combine(Path.GetTempPath(), $"qconv-ratchet-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllText(file, updated);
            Assert.Equal(ids.ToHashSet(), Ratchet.Read(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_markdown_report_groups_failures_by_cause()
    {
        var report = ToNativeRunner.Run(_corpus, i =>
            i.Case.Id.StartsWith("boot-", StringComparison.Ordinal) ? ToNativeOutcome.Failure([Rejection]) : Oracle(i));
        var md = ConformanceMarkdown.Render(report, "libvirt-9.0");
        var failed = report.Failed;
        Assert.True(failed > 0);
        Assert.Contains($"**{report.Passed} passed**, {failed} failed", md, StringComparison.Ordinal);
        Assert.Contains($"### rejected a valid guest: QC9999 ({failed})", md, StringComparison.Ordinal);
        Assert.Contains("| args | 282 |", md, StringComparison.Ordinal);
        Assert.Contains("- `boot-cdrom`: ", md, StringComparison.Ordinal);
    }
}
