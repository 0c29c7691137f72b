using System.CommandLine;
using Qconv.Compiler.Caps;
using Qconv.Compiler.Diagnostics;
using Qconv.Lint;
using Qconv.Lint.Formatters;
using Qconv.Lint.Inputs;
using Spectre.Console;

namespace Qconv.Cli.Commands;

/// <summary>
/// <c>qconv lint PATH...</c>: checks domain XML files. Exit 0 when no finding reaches the
/// --severity threshold, 1 when one does, 2 on usage or I/O errors.
/// </summary>
internal static class LintCommand
{
    /// <summary>Below this many files a progress bar would only flicker.</summary>
    private const int ProgressThreshold = 300;

    public static Command Create()
    {
        LintTiming.Mark("lint command: building");
        // The schema is read while the command line is parsed and the inputs are found.
        Qconv.Lint.Schema.DomainSchema.Warm();
        // Values are checked in Run rather than by the parser, whose errors exit 1: usage errors exit 2 here.
        var paths = new Argument<string[]>("PATH") { Description = "Files, directories (searched for *.xml) or globs", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format") { Description = "Output format: text, json, sarif, github", DefaultValueFactory = _ => "text" };
        var severity = new Option<string>("--severity") { Description = "Lowest severity that fails the run: error, warning, info", DefaultValueFactory = _ => "error" };
        var noProgress = new Option<bool>("--no-progress") { Description = "Never show a progress bar" };

        var target = new LintCapsOptions();
        var command = new Command("lint", "Check domain XML against the schema and the QL rules") { paths, format, severity, noProgress };
        target.AddTo(command);
        command.SetAction(parse => target.TryResolve(parse, out var caps)
            ? Run(parse.GetValue(paths) ?? [], parse.GetValue(format) ?? "text", parse.GetValue(severity) ?? "error", parse.GetValue(noProgress), caps)
            : 2);
        return UsageErrors.ExitWithTwo(command);
    }

    /// <summary>
    /// Runs <c>qconv lint</c> straight from plain arguments (see <see cref="LintDirectArgs"/>), without
    /// building the System.CommandLine tree; null when the arguments need the full parser.
    /// </summary>
    public static int? TryRunDirect(ReadOnlySpan<string> args)
    {
        if (LintDirectArgs.Parse(args) is not { } a)
        {
            return null;
        }

        LintTiming.Mark("lint command: direct arguments");
        Qconv.Lint.Schema.DomainSchema.Warm();
        return LintCapsOptions.TryResolve(a.Caps, a.QemuVersion, out var caps) ? Run(a.Paths, a.Format, a.Severity, a.NoProgress, caps) : 2;
    }

    private static int Run(string[] paths, string format, string severityName, bool noProgress, QemuCaps? caps)
    {
        if (UsageError(paths, format, severityName) is { } usage)
        {
            Console.Error.WriteLine($"qconv lint: {usage}");
            return 2;
        }

        var errors = new DiagnosticBag();
        LintTiming.Mark("lint command: running");
        var files = InputExpander.Expand(paths, errors);
        LintTiming.Mark("inputs expanded");
        DiagnosticPrinter.Print(errors);
        var threshold = severityName switch
        {
            "warning" => Severity.Warning,
            "info" => Severity.Info,
            _ => Severity.Error,
        };

        IReadOnlyList<FileReport> reports;
        try
        {
            var linter = new Linter(caps: caps);
            NoCollectionsWhileLinting(files.Count);
            reports = ShowProgress(files.Count, noProgress)
                ? LintProgress.Run(linter, files)
                : LintRun.Run(linter, files);

        }
        catch (QconvException e)
        {
            DiagnosticPrinter.Print([e.Diagnostic]);
            return 2;
        }

        LintTiming.Mark("files linted");
        LintTiming.MarkTotals();
        LintFormatters.Create(format)!.Write(reports, Console.Out);
        Console.Error.WriteLine(TextFormatter.Summary(reports));
        LintTiming.Mark("output written");
        if (errors.Count > 0 || reports.Any(r => r.ReadFailed))
        {
            return 2;
        }

        return reports.Any(r => r.HasAtLeast(threshold)) ? 1 : 0;
    }

    private static string? UsageError(string[] paths, string format, string severity) =>
        paths.Length == 0 ? "no PATH given (files, directories or globs to check)"
        : LintFormatters.Create(format) is null ? $"unknown --format '{format}' (expected {string.Join(", ", LintFormatters.Names)})"
        : severity is not ("error" or "warning" or "info") ? $"unknown --severity '{severity}' (expected error, warning or info)"
        : null;

    /// <summary>
    /// A lint run is short and what it allocates per file (~35 KB: reader buffers, the tree, the
    /// validator's state) dies with the file. A gen-0 collection in the middle stops both workers
    /// (18-27 ms of pause measured over the 822-file corpus on the shared 2-core machine, for one
    /// collection); one collection up front on the nearly empty heap and none after is cheaper.
    /// Beyond the budget the runtime leaves the no-GC region and collects as usual.
    /// </summary>
    private static void NoCollectionsWhileLinting(int fileCount)
    {
        var budget = Math.Clamp(fileCount * (64L << 10), 8L << 20, 192L << 20);
        try
        {
            GC.TryStartNoGCRegion(budget);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // Not available with this GC configuration: collect as usual.
        }
    }

    /// <summary>Only for people at a terminal: not when piped, not in CI.</summary>
    private static bool ShowProgress(int fileCount, bool noProgress) =>
        !noProgress && fileCount > ProgressThreshold
        && !Console.IsOutputRedirected && !Console.IsErrorRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Kept apart so that Spectre.Console is loaded only when a bar is shown.</summary>
    private static class LintProgress
    {
        public static IReadOnlyList<FileReport> Run(Linter linter, IReadOnlyList<string> files)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(Console.Error),
            });
            IReadOnlyList<FileReport> reports = [];
            console.Progress().AutoClear(true).Start(ctx =>
            {
                var task = ctx.AddTask("linting", maxValue: files.Count);
                reports = LintRun.Run(linter, files, () => task.Increment(1));
            });
            return reports;
        }
    }
}
