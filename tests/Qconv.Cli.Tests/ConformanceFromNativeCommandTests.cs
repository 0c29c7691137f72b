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
        var list = Path.GetTempFileName();
        try
        {
            // A disk's secret is encrypted with libvirt's per-guest master key and names no libvirt secret,
            // so this case cannot round-trip: listing it must fail the run.
            File.WriteAllText(list, "disk-network-source-auth\n");
            var r = QconvProcess.Run(["conformance", "from-native", RepoPaths.Corpus("libvirt-9.0"), "--filter", "disk-network-source-auth", "--ratchet", list]);
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("regression: disk-network-source-auth", r.StdErr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(list);
        }
    }
}
