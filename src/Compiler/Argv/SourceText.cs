using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Argv;

/// <summary>
/// The original text of one command line file with its line starts, so any character offset
/// becomes a 1-based line and column. Columns count UTF-16 code units (a tab is one column).
/// </summary>
internal sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string file, string text)
    {
        File = file;
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        _lineStarts = [.. starts];
    }

    public string File { get; }

    public string Text { get; }

    /// <summary>
    /// A span from <paramref name="start"/> to <paramref name="end"/> (exclusive) in the original
    /// text. A span that crosses a line end is cut at that line end: diagnostics underline one line.
    /// </summary>
    public SourceSpan Span(int start, int end)
    {
        var line = LineOf(start);
        var lineStart = _lineStarts[line];
        var lineEnd = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] - 1 : Text.Length;
        var length = Math.Max(0, Math.Min(end, lineEnd) - start);
        return new SourceSpan(File, line + 1, start - lineStart + 1, length);
    }

    private int LineOf(int offset)
    {
        var i = Array.BinarySearch(_lineStarts, offset);
        return i >= 0 ? i : ~i - 1;
    }
}
