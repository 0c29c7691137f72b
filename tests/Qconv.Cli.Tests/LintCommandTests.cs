using Qconv.TestSupport;
using Xunit;

namespace Qconv.Cli.Tests;

/// <summary>qconv lint and qconv conformance lint as a user runs them: exit codes, formats, inputs.</summary>
public class LintCommandTests
{
    private static string Case(string name) => Path.Combine(RepoPaths.TestData, "lint", name);

    [Fact]
    public void Clean_file_exits_zero()
    {
        var r = QconvProcess.Run(["lint", Case("clean-q35.xml")]);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(string.Empty, r.StdOut);
    }

    [Fact]
    public void Error_finding_exits_one_with_a_gcc_style_line()
    {
        var r = QconvProcess.Run(["lint", Case("QL0005-duplicate-target.xml")]);
        Assert.Equal(1, r.ExitCode);
        Assert.Matches(@"QL0005-duplicate-target\.xml:17:8: error QL0005: ", r.StdOut);
    }

    [Fact]
    public void Warnings_fail_only_when_the_threshold_is_warning()
    {
        Assert.Equal(0, QconvProcess.Run(["lint", Case("QL0007-clock-sync.xml")]).ExitCode);
        Assert.Equal(1, QconvProcess.Run(["lint", "--severity", "warning", Case("QL0007-clock-sync.xml")]).ExitCode);
    }

    [Theory]
    [InlineData("no/such/file.xml", "lint", "no/such/file.xml")]
    [InlineData("--format", "lint", "--format", "xml", "testdata/lint/clean-q35.xml")]
    [InlineData("no/such/caps.xml", "lint", "--caps", "no/such/caps.xml", "testdata/lint/clean-q35.xml")]
    public void Usage_and_input_errors_exit_two_naming_the_culprit(string culprit, params string[] args)
    {
        var r = QconvProcess.Run(args);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(culprit, r.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lint", "--no-such-option", "testdata/lint/clean-q35.xml")]
    [InlineData("conformance", "lint")]
    [InlineData("conformance", "lint", "--no-such-option", "testdata/lint")]
    public void Command_line_mistakes_exit_two(params string[] args)
    {
        Assert.Equal(2, QconvProcess.Run(args).ExitCode);
    }

    [Fact]
    public void Capabilities_switch_on_the_capability_rules()
    {
        var machine = Path.Combine(RepoPaths.TestData, "lint", "caps", "QL0051-dropped-machine.xml");
        Assert.Equal(0, QconvProcess.Run(["lint", machine]).ExitCode);
        var r = QconvProcess.Run(["lint", "--qemu-version", "8.0", machine]);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("error QL0051: ", r.StdOut, StringComparison.Ordinal);
    }

    /// <summary>
    /// Plain arguments are read without System.CommandLine; other spellings (here a bool option's
    /// explicit value) go through it. Both must mean the same run.
    /// </summary>
    [Fact]
    public void Direct_and_parsed_arguments_give_the_same_run()
    {
        var file = Case("QL0005-duplicate-target.xml");
        var direct = QconvProcess.Run(["lint", "--format=json", file, "--severity", "warning"]);
        var parsed = QconvProcess.Run(["lint", "--no-progress", "true", "--format", "json", "--severity", "warning", file]);
        Assert.Equal(1, direct.ExitCode);
        Assert.Equal(parsed.ExitCode, direct.ExitCode);
        Assert.Equal(parsed.StdOut, direct.StdOut);
        Assert.Contains("\"QL0005\"", direct.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Directories_and_globs_expand_to_xml_files()
    {
        var dir = QconvProcess.Run(["lint", "--format", "json", "testdata/lint"]);
        var glob = QconvProcess.Run(["lint", "--format", "json", "testdata/lint/QL000*.xml"]);
        var total = Directory.GetFiles(Path.Combine(RepoPaths.TestData, "lint"), "*.xml", SearchOption.AllDirectories).Length;
        var matching = Directory.GetFiles(Path.Combine(RepoPaths.TestData, "lint"), "QL000*.xml").Length;
        Assert.Contains($"\"files\": {total}", dir.StdOut, StringComparison.Ordinal);
        Assert.Contains($"\"files\": {matching}", glob.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Github_format_writes_workflow_commands()
    {
        var r = QconvProcess.Run(["lint", "--format", "github", Case("QL0004-multicast-mac.xml")]);
        Assert.StartsWith("::error file=testdata/lint/QL0004-multicast-mac.xml,line=", r.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void No_progress_bar_when_piped()
    {
        var r = QconvProcess.Run(["lint", "testdata/lint"]);
        Assert.DoesNotContain("\u001b[", r.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Conformance_lint_ends_with_passed_failed_line()
    {
        var r = QconvProcess.Run(["conformance", "lint", Path.Combine(RepoPaths.Corpus("libvirt-9.0"), "lint")]);
        var last = r.StdOut.TrimEnd().Split('\n')[^1];
        Assert.Matches(@"^\d+ passed, \d+ failed$", last);
        Assert.Contains("schema=invalid files with an error:", r.StdOut, StringComparison.Ordinal);
    }
}
