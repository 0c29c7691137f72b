using System.CommandLine;

namespace Qconv.Cli.Commands;

/// <summary><c>qconv conformance ...</c>: checks qconv against the reference corpora in ../shared.</summary>
internal static class ConformanceCommand
{
    public static Command Create()
    {
        var command = new Command("conformance", "Measure qconv against libvirt's own test corpora");
        foreach (var sub in Subcommands())
        {
            command.Subcommands.Add(sub);
        }

        return command;
    }

    private static IEnumerable<Command> Subcommands()
    {
        yield return ConformanceToNativeCommand.Create();
        yield return ConformanceNormalizeCommand.Create();
        yield return ConformanceFromNativeCommand.Create();
        yield return ConformanceLintCommand.Create();
    }
}
