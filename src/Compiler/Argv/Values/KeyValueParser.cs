using System.Collections.Immutable;
using System.Text;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Argv.Values;

/// <summary>
/// Reads QEMU's option strings <c>key=value,key2=value2</c> the way QemuOpts does
/// (util/qemu-option.c; docs/system/invocation "Options with multiple values"): elements are
/// separated by single commas, a doubled comma is a literal comma inside a value, a key runs to
/// the first '=' or ',' (keys cannot contain escaped commas), an element without '=' is a bare
/// word, and a trailing comma ends the list without adding an element.
/// </summary>
public static class KeyValueParser
{
    /// <summary>Splits <c>word.Text[start..]</c> into elements, reporting empty keys and elements.</summary>
    public static ImmutableArray<KeyValueEntry> Parse(ArgvWord word, DiagnosticBag diagnostics, int start = 0)
    {
        var s = word.Text;
        var entries = ImmutableArray.CreateBuilder<KeyValueEntry>();
        var value = new StringBuilder();
        var i = start;
        while (i < s.Length)
        {
            var elementStart = i;
            var keyEnd = s.IndexOfAny(KeyStops, i);
            string? key = null;
            var valueStart = i;
            if (keyEnd >= 0 && s[keyEnd] == '=')
            {
                key = s[i..keyEnd];
                valueStart = keyEnd + 1;
                if (key.Length == 0)
                {
                    diagnostics.Error(ArgvCodes.EmptyKey, word.SpanOf(i, 1), "empty parameter name before '='");
                }
            }

            var end = ReadValue(s, valueStart, value);
            if (key is null && end == elementStart)
            {
                diagnostics.Error(ArgvCodes.EmptyKey, word.SpanOf(elementStart, 1), "empty parameter (stray ',')");
            }

            var span = word.SpanOf(elementStart, end - elementStart);
            entries.Add(new KeyValueEntry(
                key,
                value.ToString(),
                span,
                key is null ? span : word.SpanOf(elementStart, key.Length),
                word.SpanOf(valueStart, end - valueStart)));
            i = end + 1; // past the separating comma (or past the end)
        }

        return entries.ToImmutable();
    }

    /// <summary>
    /// The uniform property view of a key=value list: the first bare word becomes
    /// <paramref name="impliedKey"/> when the option has one; other bare words are QemuOpts flags
    /// (<c>name</c> → <c>name=on</c>, <c>noname</c> → <c>name=off</c>).
    /// </summary>
    public static PropertyBag ToPropertyBag(ImmutableArray<KeyValueEntry> entries, string? impliedKey, SourceSpan span)
    {
        var props = ImmutableArray.CreateBuilder<PropertyEntry>(entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            var e = entries[i];
            var (key, value) = e switch
            {
                { Key: { } k } => (k, e.Value),
                _ when i == 0 && impliedKey is not null => (impliedKey, e.Value),
                _ when e.Value.Length > 2 && e.Value.StartsWith("no", StringComparison.Ordinal) => (e.Value[2..], "off"),
                _ => (e.Value, "on"),
            };
            props.Add(new PropertyEntry(key, new StringValue(value, e.ValueSpan), e.KeySpan));
        }

        return new PropertyBag(props.MoveToImmutable(), PropertySource.KeyValue, span);
    }

    private static readonly char[] KeyStops = ['=', ','];

    // Reads a value up to the next single comma, turning ",," into ","; returns where it stopped.
    private static int ReadValue(string s, int i, StringBuilder value)
    {
        value.Clear();
        while (i < s.Length)
        {
            var next = s.IndexOf(',', i);
            if (next < 0)
            {
                value.Append(s, i, s.Length - i);
                return s.Length;
            }

            value.Append(s, i, next - i);
            if (next + 1 < s.Length && s[next + 1] == ',')
            {
                value.Append(',');
                i = next + 2;
                continue;
            }

            return next;
        }

        return i;
    }
}
