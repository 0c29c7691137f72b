using Qconv.TestSupport;
using Xunit;

namespace Qconv.Cli.Tests;

/// <summary>
/// <c>qconv conformance from-native</c> on a corpus root: the args cases run as round trips with their
/// own inputs, the ratchet gates regressions, and --among reports the restricted figure.
/// </summary>
public class ConformanceFromNativeCommandTests
{
    private static readonly string RoundTripRatchet = Path.Combine(RepoPaths.Root, "tests", "conformance", "round-trip.passing.txt");

    [Fact]
    public void Corpus_root_runs_round_trips_and_the_ratchet_holds()
    {
        var r = QconvProcess.Run(
            ["conformance", "from-native", RepoPaths.Corpus("libvirt-9.0"), "--filter", "graphics-vnc", "--ratchet", RoundTripRatchet, "--among", RoundTripRatchet]);
        Assert.True(r.ExitCode == 0, r.StdOut + r.StdErr);
        Assert.Contains("PASS graphics-vnc-socket", r.StdOut, StringComparison.Ordinal);
        Assert.Matches(@"among the \d+ cases listed in .*: \d+ passed, 0 failed", r.StdOut);
    }

    [Fact]
    public void A_listed_case_that_fails_is_a_regression()
    {
        // A corpus of one case whose command line libvirt would never have written (no monitor, no
        // -nodefaults...): to-native gives back libvirt's full line, so the round trip cannot hold and
        // listing the case must fail the run. Its caps are the shared corpus's, linked, not copied.
        var root = Directory.CreateTempSubdirectory("qconv-rt-").FullName;
        var list = Path.Combine(root, "passing.txt");
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "conv"));
            Directory.CreateDirectory(Path.Combine(root, "caps"));
            File.CreateSymbolicLink(Path.Combine(root, "caps", "caps_8.0.0.x86_64.xml"), Path.Combine(RepoPaths.Corpus("libvirt-9.0"), "caps", "caps_8.0.0.x86_64.xml"));
            File.WriteAllText(Path.Combine(root, "conv", "MANIFEST.tsv"), "name\texpect\textra_harness_args\tqemu_conf_overrides\nbare\targs\t\t\n");
            File.WriteAllText(Path.Combine(root, "conv", "bare.xml"), "<domain type='qemu'><name>bare</name><memory>524288</memory><os><type>hvm</type></os></domain>\n");
            File.WriteAllText(Path.Combine(root, "conv", "bare.x86_64-latest.args"), "/usr/bin/qemu-system-x86_64 -name guest=bare -m 512\n");
            File.WriteAllText(list, "bare\n");
            var r = QconvProcess.Run(["conformance", "from-native", root, "--ratchet", list]);
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("regression: bare", r.StdErr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
