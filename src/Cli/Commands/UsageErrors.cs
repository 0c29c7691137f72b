using System.CommandLine;

namespace Qconv.Cli.Commands;

/// <summary>
/// Commands whose command-line mistakes (unknown option, missing argument) exit 2 rather than
/// System.CommandLine's 1: for the lint commands 1 means "findings", which a CI job must be able
/// to tell apart from a broken invocation.
/// </summary>
internal static class UsageErrors
{
    private static readonly HashSet<Command> ExitTwo = [];

    /// <summary>Marks <paramref name="command"/> and returns it.</summary>
    public static Command ExitWithTwo(Command command)
    {
        ExitTwo.Add(command);
        return command;
    }

    /// <summary>The exit status for a finished invocation: 2 for a parse error of a marked command.</summary>
    public static int ExitCode(ParseResult result, int status) =>
        result.Errors.Count > 0 && ExitTwo.Contains(result.CommandResult.Command) ? 2 : status;
}
