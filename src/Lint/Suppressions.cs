using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint;

/// <summary>
/// In-file suppressions: <c>&lt;!-- qconv-lint disable QL0007 QL0012 --&gt;</c> silences those
/// rules (all rules when no id is given) for the element that follows the comment, including
/// everything inside it. A comment before the root element therefore covers the whole file.
/// </summary>
public sealed partial class Suppressions
{
    private readonly List<Range> _ranges;

    private Suppressions(List<Range> ranges) => _ranges = ranges;

    public static Suppressions Empty { get; } = new([]);

    /// <summary>
    /// False when the file's bytes cannot hold a directive: one vectorized search instead of walking every
    /// node of the tree for comments. Directives are ASCII, the same bytes in UTF-8 and its ASCII subset.
    /// </summary>
    public static bool MayOccurIn(ReadOnlySpan<byte> file) => file.IndexOf("qconv-lint"u8) >= 0 || !IsAsciiCompatible(file);

    /// <summary>UTF-16 files (with a byte-order mark) spell the directive with other bytes.</summary>
    private static bool IsAsciiCompatible(ReadOnlySpan<byte> file) =>
        !(file.Length >= 2 && ((file[0] == 0xFF && file[1] == 0xFE) || (file[0] == 0xFE && file[1] == 0xFF)));

    public static Suppressions Read(XDocument doc)
    {
        List<Range>? ranges = null;
        foreach (var comment in doc.DescendantNodes().OfType<XComment>())
        {
            var m = DirectivePattern().Match(comment.Value);
            if (!m.Success || comment.ElementsAfterSelf().FirstOrDefault() is not { } target)
            {
                continue;
            }

            var ids = m.Groups[1].Value.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var (line, col) = Position(target);
            var (endLine, endCol) = Position(After(target));
            (ranges ??= []).Add(new Range(ids.Length == 0 ? null : new HashSet<string>(ids, StringComparer.OrdinalIgnoreCase),
                target.Parent is null, line, col, endLine, endCol));
        }

        return ranges is null ? Empty : new Suppressions(ranges);
    }

    public bool IsSuppressed(Diagnostic d)
    {
        foreach (var r in _ranges)
        {
            if (r.Codes is not null && !r.Codes.Contains(d.Code))
            {
                continue;
            }

            if (d.Span is not { HasPosition: true } s)
            {
                if (r.WholeFile)
                {
                    return true;
                }

                continue;
            }

            if (r.WholeFile || (Compare(s.Line, s.Column, r.Line, r.Column) >= 0 && Compare(s.Line, s.Column, r.EndLine, r.EndColumn) < 0))
            {
                return true;
            }
        }

        return false;
    }

    private static int Compare(int l1, int c1, int l2, int c2) => l1 != l2 ? l1.CompareTo(l2) : c1.CompareTo(c2);

    /// <summary>The first node after <paramref name="node"/> that is not inside it, or null at the end.</summary>
    private static XNode? After(XNode node)
    {
        for (XNode? n = node; n is not null; n = n.Parent)
        {
            if (n.NextNode is { } next)
            {
                return next;
            }
        }

        return null;
    }

    private static (int Line, int Column) Position(XNode? node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (int.MaxValue, int.MaxValue);

    [GeneratedRegex(@"^\s*qconv-lint\s+disable\b([^\n]*?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DirectivePattern();

    private sealed record Range(HashSet<string>? Codes, bool WholeFile, int Line, int Column, int EndLine, int EndColumn);
}
