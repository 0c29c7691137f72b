using System.CommandLine;
using Qconv.Cli.Commands;

namespace Qconv.Cli;

/// <summary>Builds the command tree; each command lives in its own file under Commands/.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("qconv: offline toolchain for libvirt's QEMU driver formats");
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }

        var result = root.Parse(args);
        return UsageErrors.ExitCode(result, result.Invoke());
    }
}
