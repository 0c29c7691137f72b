using System.Text;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Formatters;

/// <summary>
/// GitHub Actions workflow commands: <c>::error file=F,line=L,col=C,title=QL0007::message</c>
/// (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
/// </summary>
public sealed class GitHubFormatter : ILintFormatter
{
    public void Write(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        foreach (var report in reports)
        {
            foreach (var d in report.Findings)
            {
                var level = d.Severity switch
                {
                    Severity.Error => "error",
                    Severity.Warning => "warning",
                    _ => "notice",
                };
                var sb = new StringBuilder("::").Append(level)
                    .Append(" file=").Append(Property(LintFormatters.RelativePath(report.File)));
                if (d.Span is { HasPosition: true } s)
                {
                    sb.Append(",line=").Append(s.Line).Append(",col=").Append(s.Column);
                }

                sb.Append(",title=").Append(Property(d.Code)).Append("::").Append(Data(d.Help is { } h ? $"{d.Message}\n{h}" : d.Message));
                output.WriteLine(sb.ToString());
            }
        }
    }

    // The runner's escaping: data escapes %, CR, LF; property values also ':' and ','.
    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
