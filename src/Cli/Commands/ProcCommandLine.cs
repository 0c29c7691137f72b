using System.Text;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Cli.Commands;

/// <summary>
/// /proc/N/cmdline holds the argv words NUL-terminated, without quoting; joined shell-quoted they
/// are a command line the argv front end reads like any other.
/// </summary>
internal static class ProcCommandLine
{
    public static string ToShellText(string raw)
    {
        var words = raw.Split('\0');
        var count = words.Length > 0 && words[^1].Length == 0 ? words.Length - 1 : words.Length;
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sb.Append(i == 0 ? string.Empty : " ").Append(ShellQuote.Quote(words[i]));
        }

        return sb.Append('\n').ToString();
    }
}
