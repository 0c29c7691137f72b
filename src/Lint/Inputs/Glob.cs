using System.Text;
using System.Text.RegularExpressions;

namespace Qconv.Lint.Inputs;

/// <summary>
/// A shell-style path glob: <c>*</c> and <c>?</c> stay inside one path segment, <c>**</c> spans
/// segments, <c>[abc]</c> is a character class. Paths are compared with '/' separators.
/// </summary>
public sealed class Glob
{
    private readonly Regex _regex;

    private Glob(string pattern, Regex regex)
    {
        Pattern = pattern;
        _regex = regex;
    }

    public string Pattern { get; }

    public static bool HasWildcards(string text) => text.AsSpan().IndexOfAny("*?[") >= 0;

    /// <param name="anyDirectory">When true (ignore lists), a pattern without '/' matches a file name in any directory.</param>
    public static Glob Compile(string pattern, bool anyDirectory = true)
    {
        var p = pattern.Replace('\\', '/');
        var sb = new StringBuilder("^");
        for (var i = 0; i < p.Length; i++)
        {
            var c = p[i];
            switch (c)
            {
                case '*' when i + 1 < p.Length && p[i + 1] == '*':
                    i++;
                    if (i + 1 < p.Length && p[i + 1] == '/')
                    {
                        i++;
                        sb.Append("(?:.*/)?");
                    }
                    else
                    {
                        sb.Append(".*");
                    }

                    break;
                case '*':
                    sb.Append("[^/]*");
                    break;
                case '?':
                    sb.Append("[^/]");
                    break;
                case '[':
                    var close = p.IndexOf(']', i + 1);
                    if (close > i)
                    {
                        sb.Append('[').Append(p[(i + 1)..close].Replace("\\", "\\\\", StringComparison.Ordinal)).Append(']');
                        i = close;
                    }
                    else
                    {
                        sb.Append("\\[");
                    }

                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        // For ignore lists, a pattern without a slash ("*.bak.xml") matches a file name in any directory.
        var body = sb.Append('$').ToString();
        if (anyDirectory && !p.Contains('/', StringComparison.Ordinal))
        {
            body = "^(?:.*/)?" + body[1..];
        }

        return new Glob(pattern, new Regex(body, RegexOptions.CultureInvariant));
    }

    public bool IsMatch(string path) => _regex.IsMatch(path.Replace('\\', '/'));
}
