using Qconv.Compiler.Diagnostics;

namespace Qconv.Cli.Commands;

/// <summary>Prints diagnostics to stderr in GCC style; commands share it so errors look alike.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter? writer = null)
    {
        writer ??= Console.Error;
        foreach (var d in diagnostics)
        {
            writer.WriteLine(d.ToString());
            if (d.Help is { Length: > 0 } help)
            {
                writer.WriteLine($"  help: {help}");
            }
        }
    }
}
