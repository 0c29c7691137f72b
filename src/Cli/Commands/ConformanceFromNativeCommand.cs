using System.CommandLine;
using System.Globalization;
using Qconv.Compiler.Caps;
using Qconv.Compiler.Conformance;
using Qconv.Compiler.Config;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.FromNative.Conformance;
using Qconv.Compiler.Host;

namespace Qconv.Cli.Commands;

/// <summary>
/// <c>qconv conformance from-native DIR</c>: a line per case and <c>N passed, M failed</c>. When DIR is a
/// to-native corpus root (conv/MANIFEST.tsv, e.g. libvirt-9.0) every <c>args</c> case is a round trip of its
/// expected command line with that case's own caps, qemu.conf and harness host. Otherwise pairs
/// (NAME.args + NAME.xml) compare XML and lone .args (or all, with --round-trip) go through to-native and
/// back with one set of inputs; for libvirt-9.0's conv/ folder the caps default to ../caps/caps_8.0.0.x86_64.xml.
/// </summary>
internal static class ConformanceFromNativeCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "Corpus root (with conv/MANIFEST.tsv) or a folder with *.args (and *.xml) files" };
        var roundTrip = new Option<bool>("--round-trip") { Description = "Treat every case of a plain folder as a round trip (its .xml files are to-native inputs)" };
        var caps = new Option<string?>("--caps") { Description = "Capabilities for the to-native side of a plain folder's round trips" };
        var quiet = new Option<bool>("--failures-only") { Description = "Print only failing cases" };
        var among = new Option<string?>("--among") { Description = "Also report the figure among the case ids listed in this file (e.g. the to-native ratchet)" };
        var ratchet = new Option<string?>("--ratchet") { Description = "Fail when a case listed in this file no longer round-trips (corpus root only)" };
        var updateRatchet = new Option<string?>("--update-ratchet") { Description = "Rewrite this list of round-tripping cases after the run (corpus root only)" };
        var filter = new Option<string?>("--filter") { Description = "Run only cases whose id contains this text (corpus root only)" };
        var command = new Command("from-native", "Check from-native against a corpus of command lines") { dir, roundTrip, caps, quiet, among, ratchet, updateRatchet, filter };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)!;
            if (!Directory.Exists(folder))
            {
                DiagnosticPrinter.Print([new Diagnostic("QC0003", Severity.Error, $"no such folder: {folder}")]);
                return 2;
            }

            var print = Printer(parse.GetValue(quiet));
            if (RoundTripCorpus.IsCorpusRoot(folder))
            {
                return RunCorpus(folder, print, parse.GetValue(filter), parse.GetValue(among), parse.GetValue(ratchet), parse.GetValue(updateRatchet));
            }

            var bag = new DiagnosticBag();
            var capsPath = parse.GetValue(caps) ?? DefaultCaps(folder);
            var qemuCaps = capsPath is not null && File.Exists(capsPath) ? QemuCaps.Read(capsPath, bag) : null;
            var runner = new FromNativeConformance(qemuCaps, new DriverConfig(), new LibvirtTestHost());
            var results = FromNativeConformance.Discover(folder, parse.GetValue(roundTrip)).Select(runner.Run).Select(r => { print(r); return r; }).ToList();
            return Summarize(results, parse.GetValue(among)) ? 0 : 1;
        });
        return command;
    }

    private static int RunCorpus(string dir, Action<ConformanceResult> print, string? filter, string? among, string? ratchetPath, string? updatePath)
    {
        var bag = new DiagnosticBag();
        var corpus = ToNativeCorpus.Load(dir, bag);
        DiagnosticPrinter.Print(bag);
        if (corpus is null)
        {
            return 2;
        }

        var results = RoundTripCorpus.Run(corpus, filter, print);
        var regressions = ratchetPath is null ? [] : RoundTripCorpus.Regressions(results, Ratchet.Read(ratchetPath));
        foreach (var id in regressions)
        {
            Console.Error.WriteLine($"regression: {id} is in {ratchetPath} but no longer round-trips");
        }

        if (updatePath is not null)
        {
            AtomicFile.Write(updatePath, RoundTripCorpus.RatchetText(results, Ratchet.Read(updatePath)));
        }

        var allPassed = Summarize(results, among);
        return (allPassed || ratchetPath is not null) && regressions.Count == 0 ? 0 : 1;
    }

    /// <summary>Prints the summary line(s); true when every case passed.</summary>
    private static bool Summarize(IReadOnlyList<ConformanceResult> results, string? among)
    {
        var passed = results.Count(r => r.Passed);
        Console.Out.WriteLine($"{passed} passed, {results.Count - passed} failed");
        if (among is not null)
        {
            var listed = Ratchet.Read(among);
            var subset = results.Where(r => listed.Contains(r.Case.Name)).ToList();
            var subsetPassed = subset.Count(r => r.Passed);
            Console.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"among the {subset.Count} cases listed in {among}: {subsetPassed} passed, {subset.Count - subsetPassed} failed"));
        }

        return passed == results.Count;
    }

    private static Action<ConformanceResult> Printer(bool failuresOnly) => r =>
    {
        if (!r.Passed)
        {
            Console.Out.WriteLine($"FAIL {r.Case.Name}: {r.Detail}");
        }
        else if (!failuresOnly)
        {
            Console.Out.WriteLine($"PASS {r.Case.Name}");
        }
    };

    private static string? DefaultCaps(string folder)
    {
        var candidate = Path.Combine(folder, "..", "caps", "caps_8.0.0.x86_64.xml");
        return File.Exists(candidate) ? candidate : null;
    }
}
