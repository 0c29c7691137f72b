namespace Qconv.Cli.Commands;

/// <summary>
/// The arguments of a plain <c>qconv lint</c> invocation, read without System.CommandLine: loading it,
/// building the command and binding typed options cost ~10 ms CPU of a ~200 ms run over the 822-file
/// lint corpus (interleaved perf-stat medians), and issue 4 compares whole-process time with xmllint. Only the unambiguous forms are
/// taken: paths, and <c>--format X</c>, <c>--severity X</c>, <c>--caps X</c>, <c>--qemu-version X</c>
/// (or <c>--name=X</c>), <c>--no-progress</c>, each option at most once. Anything else (help, response
/// files, <c>--</c>, unknown or repeated options, a missing value) yields null and the run goes through
/// the System.CommandLine command, which owns the messages for those.
/// </summary>
internal sealed record LintDirectArgs(string[] Paths, string Format, string Severity, bool NoProgress, string? Caps, string? QemuVersion)
{
    private static readonly string[] ValueOptions = ["--format", "--severity", "--caps", "--qemu-version"];

    public static LintDirectArgs? Parse(ReadOnlySpan<string> args)
    {
        var paths = new List<string>();
        var values = new string?[ValueOptions.Length];
        var noProgress = false;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.Length == 0 || arg[0] == '@')
            {
                return null;
            }

            if (arg[0] != '-')
            {
                paths.Add(arg);
                continue;
            }

            if (arg == "--no-progress")
            {
                // System.CommandLine lets a bool option take an optional true/false.
                if (noProgress || (i + 1 < args.Length && bool.TryParse(args[i + 1], out _)))
                {
                    return null;
                }

                noProgress = true;
                continue;
            }

            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? arg : arg[..eq];
            var slot = Array.IndexOf(ValueOptions, name);
            if (slot < 0 || values[slot] is not null)
            {
                return null;
            }

            string value;
            if (eq >= 0)
            {
                value = arg[(eq + 1)..];
            }
            else if (i + 1 < args.Length)
            {
                value = args[++i];
            }
            else
            {
                return null;
            }

            if (value.Length == 0 || value[0] is '-' or '@')
            {
                return null;
            }

            values[slot] = value;
        }

        return new LintDirectArgs([.. paths], values[0] ?? "text", values[1] ?? "error", noProgress, values[2], values[3]);
    }
}
