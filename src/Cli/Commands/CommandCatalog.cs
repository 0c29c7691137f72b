using System.CommandLine;

namespace Qconv.Cli.Commands;

/// <summary>The list of top-level commands, in the order <c>--help</c> shows them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return ToNativeCommand.Create();
        yield return NormalizeCommand.Create();
        yield return FromNativeCommand.Create();
        yield return LintCommand.Create();
        yield return ConformanceCommand.Create();
        yield return VersionCommand.Create();
    }
}
