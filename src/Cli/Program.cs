using System.CommandLine;
using Qconv.Cli.Commands;

namespace Qconv.Cli;

/// <summary>Builds the command tree; each command lives in its own file under Commands/.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        // A plain "qconv lint PATH..." skips System.CommandLine (~10 ms CPU of a lint run; LintDirectArgs).
        if (args.Length > 0 && args[0] == "lint" && LintCommand.TryRunDirect(args.AsSpan(1)) is { } status)
        {
            return status;
        }

        return Parsed(args);
    }

    /// <summary>Kept out of Main so that a direct lint run does not load System.CommandLine.</summary>
    private static int Parsed(string[] args)
    {
        var root = new RootCommand("qconv: offline toolchain for libvirt's QEMU driver formats");
        // "qconv lint ..." needs only the lint command; --help, typos and no arguments get them all.
        var named = args.Length > 0 ? CommandCatalog.Named(args[0]) : null;
        foreach (var command in named is null ? CommandCatalog.All() : [named])
        {
            root.Subcommands.Add(command);
        }

        var result = root.Parse(args);
        return UsageErrors.ExitCode(result, result.Invoke());
    }
}
