using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Argv.Values;

/// <summary>
/// Reads the JSON form of an option value (<c>-device '{"driver":"e1000",...}'</c>, QEMU 6.0+) into a
/// <see cref="PropertyBag"/> that keeps the property order, with every key and value mapped back to
/// its place in the original file. Errors name the original line and column, inside the quotes.
/// </summary>
public static class JsonValueParser
{
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>The object in <paramref name="word"/>, or null (with an error) when it is not one.</summary>
    public static PropertyBag? Parse(ArgvWord word, string optionName, DiagnosticBag diagnostics)
    {
        var bytes = Encoding.UTF8.GetBytes(word.Text);
        var positions = new Positions(word, bytes);
        var reader = new Utf8JsonReader(bytes, Options);
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                diagnostics.Error(ArgvCodes.JsonNotObject, positions.Span(reader.TokenStartIndex, 1),
                    $"the JSON value of -{optionName} must be an object");
                return null;
            }

            var result = ReadObject(ref reader, positions, diagnostics);
            reader.Read(); // throws on anything after the object but blanks
            return result;
        }
        catch (JsonException ex)
        {
            var at = positions.ByteOffset(ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
            diagnostics.Error(ArgvCodes.BadJson, positions.Span(at, 1), $"invalid JSON in -{optionName}: {Describe(ex)}");
            return null;
        }
    }

    private static PropertyBag ReadObject(ref Utf8JsonReader reader, Positions positions, DiagnosticBag diagnostics)
    {
        var start = reader.TokenStartIndex;
        var entries = ImmutableArray.CreateBuilder<PropertyEntry>();
        HashSet<string>? seen = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            var keySpan = positions.Span(reader.TokenStartIndex, reader.ValueSpan.Length + 2);
            seen ??= new HashSet<string>(StringComparer.Ordinal);
            if (!seen.Add(key))
            {
                diagnostics.Warning(ArgvCodes.DuplicateJsonKey, keySpan, $"duplicate key \"{key}\" (the last one wins)");
            }

            reader.Read();
            entries.Add(new PropertyEntry(key, ReadValue(ref reader, positions, diagnostics), keySpan));
        }

        // The reader validates structure, so the loop ends on the matching EndObject.
        return new PropertyBag(entries.ToImmutable(), PropertySource.Json, positions.Span(start, reader.TokenStartIndex + 1 - start));
    }

    private static PropertyValue ReadValue(ref Utf8JsonReader reader, Positions positions, DiagnosticBag diagnostics)
    {
        var start = reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return new StringValue(reader.GetString()!, positions.Span(start, reader.ValueSpan.Length + 2));
            case JsonTokenType.Number:
                return new NumberValue(Encoding.UTF8.GetString(reader.ValueSpan), positions.Span(start, reader.ValueSpan.Length));
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new BoolValue(reader.TokenType == JsonTokenType.True, positions.Span(start, reader.ValueSpan.Length));
            case JsonTokenType.StartObject:
                var bag = ReadObject(ref reader, positions, diagnostics);
                return new ObjectValue(bag, bag.Span);
            case JsonTokenType.StartArray:
                var items = ImmutableArray.CreateBuilder<PropertyValue>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, positions, diagnostics));
                }

                return new ArrayValue(items.ToImmutable(), positions.Span(start, reader.TokenStartIndex + 1 - start));
            default:
                return new NullValue(positions.Span(start, reader.ValueSpan.Length));
        }
    }

    // JsonException messages end with " LineNumber: 0 | BytePositionInLine: 9."; the span says that.
    private static string Describe(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).TrimEnd();
    }

    /// <summary>Turns UTF-8 byte offsets of the reader into spans of the original file.</summary>
    private sealed class Positions(ArgvWord word, byte[] bytes)
    {
        // Only needed when the text has non-ASCII characters; otherwise bytes and chars line up.
        private int[]? _charOfByte;

        public SourceSpan Span(long byteStart, long byteLength)
        {
            var start = CharIndex(byteStart);
            var end = CharIndex(byteStart + Math.Max(0, byteLength));
            return word.SpanOf(start, Math.Max(end - start, byteLength > 0 ? 1 : 0));
        }

        public long ByteOffset(long line, long bytePositionInLine)
        {
            long offset = 0;
            for (long l = 0; l < line && offset < bytes.Length; offset++)
            {
                if (bytes[offset] == (byte)'\n')
                {
                    l++;
                }
            }

            return Math.Min(bytes.Length, offset + bytePositionInLine);
        }

        private int CharIndex(long byteOffset)
        {
            var b = (int)Math.Clamp(byteOffset, 0, bytes.Length);
            return bytes.Length == word.Text.Length ? b : (_charOfByte ??= MapBytesToChars())[b];
        }

        // Byte i of the UTF-8 encoding belongs to character map[i]. Encoding.UTF8 writes 1-3 bytes per
        // UTF-16 unit and 4 per surrogate pair (a lone surrogate becomes U+FFFD, 3 bytes).
        private int[] MapBytesToChars()
        {
            var text = word.Text;
            var map = new int[bytes.Length + 1];
            var b = 0;
            for (var c = 0; c < text.Length; c++)
            {
                var ch = text[c];
                var pair = char.IsHighSurrogate(ch) && c + 1 < text.Length && char.IsLowSurrogate(text[c + 1]);
                var n = pair ? 4 : ch < 0x80 ? 1 : ch < 0x800 ? 2 : 3;
                map.AsSpan(b, n).Fill(c);
                b += n;
                c += pair ? 1 : 0;
            }

            map[bytes.Length] = text.Length;
            return map;
        }
    }
}
