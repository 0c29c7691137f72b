using Qconv.Compiler.Diagnostics;

namespace Qconv.Cli.Commands;

/// <summary>Reads a user's input file (or stdin for '-'), turning I/O failures into diagnostics.</summary>
internal static class InputFiles
{
    public static string? ReadText(string path, DiagnosticBag bag)
    {
        try
        {
            return path == "-" ? Console.In.ReadToEnd() : File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bag.Error("QC0003", SourceSpan.WholeFile(path), $"cannot read input: {ex.Message}");
            return null;
        }
    }
}
