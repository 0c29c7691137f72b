using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Argv;

/// <summary>
/// One shell word after quote removal: the text QEMU receives in its argv. <see cref="Span"/>
/// covers the whole word in the original file, quotes included; <see cref="SpanOf"/> maps a
/// range of <see cref="Text"/> back to the original file (inside quotes, across escapes and
/// line continuations), which is what value parsers use to report positions.
/// </summary>
public sealed record ArgvWord
{
    private readonly OffsetMap _map;

    internal ArgvWord(string text, SourceSpan span, OffsetMap map)
    {
        Text = text;
        Span = span;
        _map = map;
    }

    public string Text { get; }

    public SourceSpan Span { get; }

    /// <summary>The original span of <c>Text[start..(start + length)]</c>.</summary>
    public SourceSpan SpanOf(int start, int length) => _map.SpanOf(start, length);

    // Equality is by what the word says and where it is; the offset map follows from those.
    public bool Equals(ArgvWord? other) => other is not null && Text == other.Text && Span == other.Span;

    public override int GetHashCode() => HashCode.Combine(Text, Span);

    public override string ToString() => Text;
}
