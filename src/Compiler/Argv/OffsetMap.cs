using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Argv;

/// <summary>
/// Maps character offsets of a word's unquoted text back to offsets in the original file, so a
/// diagnostic about (say) the 40th character of a single-quoted JSON value points at the column
/// the user sees. Stored as runs: each run is a stretch of unquoted text copied verbatim from one
/// stretch of the original; quotes, escapes and continuations start a new run.
/// </summary>
internal sealed class OffsetMap
{
    private readonly SourceText _source;
    private readonly int[] _textStarts;
    private readonly int[] _originalStarts;
    private readonly int _fallback;

    public OffsetMap(SourceText source, int[] textStarts, int[] originalStarts, int fallback)
    {
        _source = source;
        _textStarts = textStarts;
        _originalStarts = originalStarts;
        _fallback = fallback;
    }

    /// <summary>
    /// The original offset of unquoted character <paramref name="index"/> (one past the last
    /// character maps to just after it; an empty word maps everything to where it starts).
    /// </summary>
    public int OriginalOffset(int index)
    {
        if (_textStarts.Length == 0)
        {
            return _fallback;
        }

        // Runs are never empty, so their text starts are strictly increasing.
        var run = Array.BinarySearch(_textStarts, index);
        if (run < 0)
        {
            run = Math.Max(0, ~run - 1);
        }

        return _originalStarts[run] + (index - _textStarts[run]);
    }

    /// <summary>The original span of the unquoted characters [start, start + length).</summary>
    public SourceSpan SpanOf(int start, int length)
    {
        var from = OriginalOffset(start);
        var to = length > 0 ? OriginalOffset(start + length - 1) + 1 : from;
        return _source.Span(from, Math.Max(from, to));
    }
}
