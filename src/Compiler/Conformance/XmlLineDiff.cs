namespace Qconv.Compiler.Conformance;

/// <summary>
/// Compares two XML texts line by line (libvirt formats one element a line) and describes the first
/// difference: its 1-based line, both lines, and the element path it sits in (<c>domain/devices/controller</c>),
/// which groups failures in reports.
/// </summary>
public static class XmlLineDiff
{
    public sealed record Difference(int Line, string? Expected, string? Got, string Path);

    public static Difference? First(string expected, string got)
    {
        var e = Lines(expected);
        var g = Lines(got);
        var stack = new List<string>();
        for (var i = 0; i < Math.Max(e.Length, g.Length); i++)
        {
            var el = i < e.Length ? e[i] : null;
            var gl = i < g.Length ? g[i] : null;
            if (el != gl)
            {
                var line = (el ?? gl ?? string.Empty).Trim();
                var at = line.StartsWith("</", StringComparison.Ordinal) ? null : ElementName(line);
                return new Difference(i + 1, el, gl, string.Join('/', at is null ? stack : [.. stack, at]));
            }

            Track(stack, el!);
        }

        return null;
    }

    private static string[] Lines(string text) => text.TrimEnd('\n').Split('\n');

    // An opening line without its own close pushes; a closing line pops.
    private static void Track(List<string> stack, string line)
    {
        var t = line.Trim();
        if (t.StartsWith("</", StringComparison.Ordinal))
        {
            if (stack.Count > 0)
            {
                stack.RemoveAt(stack.Count - 1);
            }
        }
        else if (ElementName(t) is { } name && !t.EndsWith("/>", StringComparison.Ordinal) && !t.Contains("</", StringComparison.Ordinal))
        {
            stack.Add(name);
        }
    }

    private static string? ElementName(string line)
    {
        var t = line.Trim();
        if (t.StartsWith("</", StringComparison.Ordinal))
        {
            t = t[2..];
        }
        else if (t.StartsWith('<'))
        {
            t = t[1..];
        }
        else
        {
            return null;
        }

        var end = t.IndexOfAny([' ', '>', '/']);
        return end < 0 ? t : t[..end];
    }
}
