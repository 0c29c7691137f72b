using System.CommandLine;
using Qconv.Compiler.Caps;
using Qconv.Lint;
using Qconv.Lint.Conformance;

namespace Qconv.Cli.Commands;

/// <summary>
/// <c>qconv conformance lint DIR</c>: lints a corpus with VERDICTS.tsv and prints how many of
/// libvirt's verdicts the linter reproduces; the last line is <c>N passed, M failed</c>.
/// </summary>
internal static class ConformanceLintCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("DIR") { Description = "Corpus directory containing VERDICTS.tsv" };
        var verbose = new Option<bool>("--verbose") { Description = "List every failing file with its findings" };
        var target = new LintCapsOptions();
        var command = new Command("lint", "Compare qconv lint with libvirt's schema and parser verdicts") { dir, verbose };
        target.AddTo(command);
        command.SetAction(parse => target.TryResolve(parse, out var caps) ? Run(parse.GetValue(dir)!, parse.GetValue(verbose), caps) : 2);
        return UsageErrors.ExitWithTwo(command);
    }

    private static int Run(string dir, bool verbose, QemuCaps? caps)
    {
        if (!File.Exists(Path.Combine(dir, "VERDICTS.tsv")))
        {
            Console.Error.WriteLine($"{dir}: error QL0000: no VERDICTS.tsv in this directory");
            return 2;
        }

        var outcomes = LintConformance.Run(dir, new Linter(caps: caps));
        foreach (var o in outcomes.Where(o => !o.Passed))
        {
            var expected = !o.Case.SchemaValid ? "schema=invalid" : !o.Case.ParseOk ? "libvirt_parse=error" : "valid, ok";
            Console.Out.WriteLine($"FAIL {o.Case.File} ({expected}): {(o.HasError ? "got an error" : "no error")}");
            if (verbose)
            {
                foreach (var d in o.Report.Findings)
                {
                    Console.Out.WriteLine($"    {d}");
                }
            }
        }

        var s = LintConformance.Summarize(outcomes);
        Console.Out.WriteLine($"schema=invalid files with an error:      {s.InvalidFlagged}/{s.Invalid} (required: all)");
        Console.Out.WriteLine($"libvirt_parse=error files with an error: {s.ParseErrorsFlagged}/{s.ParseErrors} ({Percent(s.ParseErrorsFlagged, s.ParseErrors)}; required: {LintConformance.ParseErrorTarget * 100:F0}%)");
        Console.Out.WriteLine($"valid+ok files with an error:            {s.CleanWithErrors}/{s.Clean} (required: 0)");
        Console.Out.WriteLine($"acceptance: {(s.Accepted ? "met" : "NOT met")}");
        var passed = outcomes.Count(o => o.Passed);
        Console.Out.WriteLine($"{passed} passed, {outcomes.Count - passed} failed");
        return s.Accepted ? 0 : 1;
    }

    private static string Percent(int part, int whole) => whole == 0 ? "n/a" : $"{100.0 * part / whole:F1}%";
}
