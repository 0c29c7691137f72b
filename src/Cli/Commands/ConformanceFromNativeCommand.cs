using System.CommandLine;
using Qconv.Compiler.Caps;
using Qconv.Compiler.Config;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.FromNative.Conformance;
using Qconv.Compiler.Host;

namespace Qconv.Cli.Commands;

/// <summary>
/// <c>qconv conformance from-native DIR</c>: a line per case and <c>N passed, M failed</c>. Pairs
/// (NAME.args + NAME.xml) compare XML; lone .args (or all, with --round-trip) go through to-native
/// and back. For libvirt-9.0's conv/ folder the caps default to ../caps/caps_8.0.0.x86_64.xml.
/// </summary>
internal static class ConformanceFromNativeCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "Corpus folder with *.args (and *.xml) files" };
        var roundTrip = new Option<bool>("--round-trip") { Description = "Treat every case as a round trip (the .xml files are to-native inputs)" };
        var caps = new Option<string?>("--caps") { Description = "Capabilities for the to-native side of round trips" };
        var quiet = new Option<bool>("--failures-only") { Description = "Print only failing cases" };
        var command = new Command("from-native", "Check from-native against a corpus of command lines") { dir, roundTrip, caps, quiet };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)!;
            if (!Directory.Exists(folder))
            {
                DiagnosticPrinter.Print([new Diagnostic("QC0003", Severity.Error, $"no such folder: {folder}")]);
                return 2;
            }

            var bag = new DiagnosticBag();
            var capsPath = parse.GetValue(caps) ?? DefaultCaps(folder);
            var qemuCaps = capsPath is not null && File.Exists(capsPath) ? QemuCaps.Read(capsPath, bag) : null;
            var runner = new FromNativeConformance(qemuCaps, new DriverConfig(), new LibvirtTestHost());
            int passed = 0, failed = 0;
            foreach (var c in FromNativeConformance.Discover(folder, parse.GetValue(roundTrip)))
            {
                var r = runner.Run(c);
                if (r.Passed)
                {
                    passed++;
                    if (!parse.GetValue(quiet))
                    {
                        Console.Out.WriteLine($"PASS {c.Name}");
                    }
                }
                else
                {
                    failed++;
                    Console.Out.WriteLine($"FAIL {c.Name}: {r.Detail}");
                }
            }

            Console.Out.WriteLine($"{passed} passed, {failed} failed");
            return failed == 0 ? 0 : 1;
        });
        return command;
    }

    private static string? DefaultCaps(string folder)
    {
        var candidate = Path.Combine(folder, "..", "caps", "caps_8.0.0.x86_64.xml");
        return File.Exists(candidate) ? candidate : null;
    }
}
