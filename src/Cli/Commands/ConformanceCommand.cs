using System.CommandLine;

namespace Qconv.Cli.Commands;

/// <summary><c>qconv conformance ...</c>: run qconv against a reference corpus; one subcommand per direction.</summary>
internal static class ConformanceCommand
{
    public static Command Create()
    {
        var command = new Command("conformance", "Check qconv against a reference corpus");
        command.Subcommands.Add(ConformanceFromNativeCommand.Create());
        return command;
    }
}
