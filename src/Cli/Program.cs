using System.CommandLine;
using Qconv.Cli.Commands;

namespace Qconv.Cli;

/// <summary>Builds the command tree; each command lives in its own file under Commands/.</summary>
public static class Program
{
    public static int Main(string[] args)
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
