using System.CommandLine;
using System.Globalization;
using Qconv.Compiler.Conformance;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Cli.Commands;

/// <summary>
/// The options and closing steps the corpus conformance commands share (to-native, normalize):
/// <c>--min-pass-rate</c>, <c>--report</c>, <c>--ratchet</c>, <c>--update-ratchet</c>, <c>--filter</c>,
/// then the regressions, the markdown report, the updated ratchet and the <c>N passed, M failed</c> line.
/// </summary>
internal sealed class ConformanceGates(string command)
{
    public Option<double?> MinPassRate { get; } = new("--min-pass-rate") { Description = "Succeed when this share of cases passes (0..1, or a percentage above 1)" };

    public Option<string?> Report { get; } = new("--report") { Description = "Write the markdown report to this file (e.g. docs/conformance.md)" };

    public Option<string?> Ratchet { get; } = new("--ratchet") { Description = "Fail when a case listed in this file no longer passes" };

    public Option<string?> UpdateRatchet { get; } = new("--update-ratchet") { Description = "Rewrite this list of passing cases after the run" };

    public Option<string?> Filter { get; } = new("--filter") { Description = "Run only cases whose id contains this text" };

    /// <summary>
    /// A command <c>NAME DIR</c> over libvirt's corpus: loads it (exit 2 when unusable), runs
    /// <paramref name="run"/> with the filter and a progress printer, then <see cref="Finish"/>.
    /// </summary>
    public static Command CorpusCommand(string name, string description, Func<ToNativeCorpus, string?, Action<CaseResult>, ConformanceReport> run)
    {
        var dir = new Argument<string>("dir") { Description = "The corpus directory (with conv/MANIFEST.tsv, caps/, base.qemu.conf)" };
        var gates = new ConformanceGates(name);
        var command = new Command(name, description);
        command.Arguments.Add(dir);
        gates.AddTo(command);
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)!;
            var bag = new DiagnosticBag();
            var corpus = ToNativeCorpus.Load(folder, bag);
            DiagnosticPrinter.Print(bag);
            return corpus is null ? 2 : gates.Finish(parse, run(corpus, parse.GetValue(gates.Filter), Progress), folder);
        });
        return command;
    }

    public void AddTo(Command c)
    {
        c.Options.Add(MinPassRate);
        c.Options.Add(Report);
        c.Options.Add(Ratchet);
        c.Options.Add(UpdateRatchet);
        c.Options.Add(Filter);
    }

    /// <summary>Prints a case's line as it is judged.</summary>
    public static void Progress(CaseResult r) => Console.Out.WriteLine(ConformanceReport.FormatLine(r));

    /// <summary>Exit 0 when the run meets the threshold and no listed case regressed, 1 otherwise.</summary>
    public int Finish(ParseResult parse, ConformanceReport result, string dir)
    {
        var ratchetPath = parse.GetValue(Ratchet);
        var regressions = ratchetPath is null ? [] : Compiler.Conformance.Ratchet.Regressions(result, Compiler.Conformance.Ratchet.Read(ratchetPath));
        foreach (var r in regressions)
        {
            Console.Error.WriteLine($"regression: {r.Case.Id} is in {ratchetPath} but no longer passes");
        }

        if (parse.GetValue(Report) is { } reportPath)
        {
            AtomicFile.Write(reportPath, ConformanceMarkdown.Render(result, Path.GetFileName(Path.GetFullPath(dir).TrimEnd('/')), dir, command));
        }

        if (parse.GetValue(UpdateRatchet) is { } update)
        {
            AtomicFile.Write(update, Compiler.Conformance.Ratchet.Updated(result, Compiler.Conformance.Ratchet.Read(update), command));
        }

        Console.Out.WriteLine(result.SummaryLine);
        var minPassRate = parse.GetValue(MinPassRate);
        var threshold = minPassRate is > 1 ? minPassRate / 100 : minPassRate;
        if (minPassRate is not null && !result.MeetsThreshold(threshold))
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pass rate {result.PassRate:P1} is below the required {threshold:P1}"));
        }

        return result.MeetsThreshold(threshold) && regressions.Count == 0 ? 0 : 1;
    }
}
