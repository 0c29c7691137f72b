using System.CommandLine;
using System.Globalization;
using Qconv.Compiler.Conformance;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Cli.Commands;

/// <summary>
/// <c>qconv conformance to-native DIR</c>: runs the to-native compiler over libvirt's command-line corpus
/// and prints one line per case and <c>N passed, M failed</c>. Exit 0 when every case passes (or the
/// pass rate reaches <c>--min-pass-rate</c>) and no case of the ratchet regressed; 1 otherwise; 2 when the
/// corpus or the compiler is unavailable.
/// </summary>
internal static class ConformanceToNativeCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "The corpus directory (with conv/MANIFEST.tsv, caps/, base.qemu.conf)" };
        var minPassRate = new Option<double?>("--min-pass-rate") { Description = "Succeed when this share of cases passes (0..1, or a percentage above 1)" };
        var report = new Option<string?>("--report") { Description = "Write the markdown report to this file (e.g. docs/conformance.md)" };
        var ratchet = new Option<string?>("--ratchet") { Description = "Fail when a case listed in this file no longer passes" };
        var updateRatchet = new Option<string?>("--update-ratchet") { Description = "Rewrite this list of passing cases after the run" };
        var filter = new Option<string?>("--filter") { Description = "Run only cases whose id contains this text" };

        var command = new Command("to-native", "Compare qconv's QEMU command lines with libvirt's expected ones");
        command.Arguments.Add(dir);
        command.Options.Add(minPassRate);
        command.Options.Add(report);
        command.Options.Add(ratchet);
        command.Options.Add(updateRatchet);
        command.Options.Add(filter);
        command.SetAction(parse => Run(
            parse.GetValue(dir)!,
            parse.GetValue(minPassRate),
            parse.GetValue(report),
            parse.GetValue(ratchet),
            parse.GetValue(updateRatchet),
            parse.GetValue(filter)));
        return command;
    }

    private static int Run(string dir, double? minPassRate, string? reportPath, string? ratchetPath, string? updateRatchetPath, string? filter)
    {
        var compiler = new ToNativeCompilerAdapter();
        var bag = new DiagnosticBag();
        var corpus = ToNativeCorpus.Load(dir, bag);
        DiagnosticPrinter.Print(bag);
        if (corpus is null)
        {
            return 2;
        }

        var result = ToNativeRunner.Run(corpus, compiler, filter, r => Console.Out.WriteLine(ConformanceReport.FormatLine(r)));

        var regressions = ratchetPath is null ? [] : Ratchet.Regressions(result, Ratchet.Read(ratchetPath));
        foreach (var r in regressions)
        {
            Console.Error.WriteLine($"regression: {r.Case.Id} is in {ratchetPath} but no longer passes");
        }

        if (reportPath is not null)
        {
            WriteAtomically(reportPath, ConformanceMarkdown.Render(result, Path.GetFileName(Path.GetFullPath(dir).TrimEnd('/')), dir));
        }

        if (updateRatchetPath is not null)
        {
            WriteAtomically(updateRatchetPath, Ratchet.Updated(result, Ratchet.Read(updateRatchetPath)));
        }

        Console.Out.WriteLine(result.SummaryLine);
        var threshold = minPassRate is > 1 ? minPassRate / 100 : minPassRate;
        if (minPassRate is not null && !result.MeetsThreshold(threshold))
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pass rate {result.PassRate:P1} is below the required {threshold:P1}"));
        }

        return result.MeetsThreshold(threshold) && regressions.Count == 0 ? 0 : 1;
    }

    /// <summary>Writes through a temporary file in the same directory, then renames, so readers never see half a file.</summary>
    private static void WriteAtomically(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, "." + Path.GetFileName(full) + ".tmp");
        File.WriteAllText(temp, text);
        File.Move(temp, full, overwrite: true);
    }
}
