using System.Text;

namespace Qconv.Compiler.Native.Writers;

/// <summary>
/// Prints a <see cref="CommandLine"/> the way libvirt's test suite stores it: environment
/// assignments, the binary, then one option (with its value) per line, lines joined by
/// <c> \</c> + newline; or everything on one line.
/// </summary>
public static class ArgvWriter
{
    public static string Write(CommandLine cmd, bool singleLine = false)
    {
        var parts = new List<string>(cmd.Env.Count + cmd.Args.Count + 1);
        foreach (var (k, v) in cmd.Env)
        {
            parts.Add(v is null ? k : $"{k}={ShellQuote.Quote(v)}");
        }

        parts.Add(ShellQuote.Quote(cmd.Binary));
        foreach (var a in cmd.Args)
        {
            parts.Add(a.Value is null ? a.Option : $"{a.Option} {ShellQuote.Quote(a.Value)}");
        }

        var sb = new StringBuilder();
        sb.AppendJoin(singleLine ? " " : " \\\n", parts);
        sb.Append('\n');
        return sb.ToString();
    }
}
