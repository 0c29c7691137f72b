using System.Text;
using Antlr4.Runtime;
using Qconv.Compiler.Argv.Grammar;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Argv;

/// <summary>
/// Removes shell quoting from the tokens of one word, keeping for every character of the result
/// where it stood in the original text (see <see cref="OffsetMap"/>). Quote rules (POSIX shell
/// "Quoting"): inside single quotes every character is literal; inside double quotes a backslash
/// only escapes $ ` " \ and newline; outside quotes a backslash escapes any character. A
/// backslash-newline disappears everywhere, single quotes included: libvirt's test files wrap long
/// quoted arguments that way (their loader joins such lines before a shell would see them).
/// </summary>
internal sealed class WordDecoder(SourceText source, DiagnosticBag diagnostics)
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _textStarts = [];
    private readonly List<int> _originalStarts = [];
    private readonly string _original = source.Text;

    /// <summary>Decodes tokens <paramref name="first"/>..<paramref name="last"/> of the stream (one word).</summary>
    public ArgvWord Decode(ITokenStream tokens, int first, int last)
    {
        _text.Clear();
        _textStarts.Clear();
        _originalStarts.Clear();
        for (var i = first; i <= last; i++)
        {
            AppendToken(tokens.Get(i));
        }

        var start = tokens.Get(first).StartIndex;
        var end = tokens.Get(last).StopIndex + 1;
        var map = new OffsetMap(source, [.. _textStarts], [.. _originalStarts], start);
        return new ArgvWord(_text.ToString(), source.Span(start, end), map);
    }

    /// <summary>An empty word at <paramref name="offset"/> (<c>FOO=</c> with nothing after '=').</summary>
    public ArgvWord Empty(int offset) => new(string.Empty, source.Span(offset, offset), new OffsetMap(source, [], [], offset));

    private void AppendToken(IToken token)
    {
        var start = token.StartIndex;
        var end = token.StopIndex + 1;
        switch (token.Type)
        {
            case QemuArgvLexer.SQUOTED:
                AppendSingleQuoted(start + 1, end - 1);
                break;
            case QemuArgvLexer.SQUOTE_OPEN:
                diagnostics.Error(ArgvCodes.UnterminatedSingleQuote, source.Span(start, start + 1), "unterminated single quote");
                AppendSingleQuoted(start + 1, end);
                break;
            case QemuArgvLexer.DQUOTED:
                AppendDoubleQuoted(start + 1, end - 1);
                break;
            case QemuArgvLexer.DQUOTE_OPEN:
                diagnostics.Error(ArgvCodes.UnterminatedDoubleQuote, source.Span(start, start + 1), "unterminated double quote");
                AppendDoubleQuoted(start + 1, end);
                break;
            case QemuArgvLexer.ESCAPED:
                Append(start + 1, 1);
                break;
            case QemuArgvLexer.BACKSLASH_END:
                diagnostics.Warning(ArgvCodes.DanglingBackslash, source.Span(start, end), "backslash at the end of the input is kept literally");
                Append(start, 1);
                break;
            case QemuArgvLexer.WS:
                Append(start, 1); // only inside a word joined by a compatibility rule: one blank
                break;
            default:
                Append(start, end - start);
                break;
        }
    }

    private void AppendSingleQuoted(int from, int to)
    {
        var i = from;
        while (i < to)
        {
            var cont = ContinuationAt(i, to);
            if (cont > 0)
            {
                i += cont;
                continue;
            }

            // Copy up to the next backslash (or this one, which is not a continuation: literal).
            var next = _original.IndexOf('\\', i + 1, to - i - 1);
            var stop = next < 0 ? to : next;
            Append(i, stop - i);
            i = stop;
        }
    }

    private void AppendDoubleQuoted(int from, int to)
    {
        var i = from;
        while (i < to)
        {
            var c = _original[i];
            if (c != '\\' || i + 1 >= to)
            {
                Append(i, 1);
                i++;
                continue;
            }

            var cont = ContinuationAt(i, to);
            if (cont > 0)
            {
                i += cont;
            }
            else if (_original[i + 1] is '$' or '`' or '"' or '\\')
            {
                Append(i + 1, 1);
                i += 2;
            }
            else
            {
                Append(i, 1); // the backslash stays; the next character is read normally
                i++;
            }
        }
    }

    // Length of a backslash-newline (or backslash-CRLF) at i, or 0.
    private int ContinuationAt(int i, int to)
    {
        if (_original[i] != '\\' || i + 1 >= to)
        {
            return 0;
        }

        if (_original[i + 1] == '\n')
        {
            return 2;
        }

        return _original[i + 1] == '\r' && i + 2 < to && _original[i + 2] == '\n' ? 3 : 0;
    }

    // Copies original[from..from+length) and records the run, extending the previous run when the
    // copy continues it both in the text and in the original.
    private void Append(int from, int length)
    {
        if (length <= 0)
        {
            return;
        }

        var last = _textStarts.Count - 1;
        var contiguous = last >= 0 && _originalStarts[last] + (_text.Length - _textStarts[last]) == from;
        if (!contiguous)
        {
            _textStarts.Add(_text.Length);
            _originalStarts.Add(from);
        }

        _text.Append(_original, from, length);
    }
}
