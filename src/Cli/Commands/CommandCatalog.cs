using System.CommandLine;

namespace Qconv.Cli.Commands;

/// <summary>The list of top-level commands, in the order <c>--help</c> shows them.</summary>
internal static class CommandCatalog
{
    private static readonly (string Name, Func<Command> Create)[] Table =
    [
        ("to-native", ToNativeCommand.Create),
        ("normalize", NormalizeCommand.Create),
        ("from-native", FromNativeCommand.Create),
        ("lint", LintCommand.Create),
        ("conformance", ConformanceCommand.Create),
        ("version", VersionCommand.Create),
    ];

    public static IEnumerable<Command> All() => Table.Select(t => t.Create());

    /// <summary>
    /// Only the command a run names: building every command's options costs start-up time (each typed
    /// option is compiled at run time) that a lint run over a few files notices. Null for an unknown name.
    /// </summary>
    public static Command? Named(string name)
    {
        foreach (var (n, create) in Table)
        {
            if (n == name)
            {
                return create();
            }
        }

        return null;
    }
}
