using System.Globalization;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Config;

/// <summary>
/// Parses libvirt's configuration file syntax (src/util/virconf.c), which qemu.conf uses: statements
/// <c>name = value</c> ended by a newline or <c>;</c>; values are integers (optional sign, decimal),
/// strings in <c>"..."</c>, <c>'...'</c> or <c>"""..."""</c> (no escapes; only the triple form spans
/// lines), or lists <c>[ v, v, ... ]</c> that may span lines and hold comments; <c>#</c> starts a comment.
/// A statement with an error is reported (file:line:col) and skipped; parsing resumes at the next line.
/// </summary>
internal sealed class ConfParser
{
    private readonly string _text;
    private readonly string _file;
    private readonly DiagnosticBag _bag;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    private ConfParser(string text, string file, DiagnosticBag bag)
    {
        _text = text;
        _file = file;
        _bag = bag;
    }

    /// <summary>
    /// The statements, produced lazily so that a caller checking each one reports its problems in file
    /// order together with the syntax errors.
    /// </summary>
    public static IEnumerable<ConfEntry> Parse(string text, string fileName, DiagnosticBag bag) =>
        new ConfParser(text, fileName, bag).ParseAll();

    private IEnumerable<ConfEntry> ParseAll()
    {
        while (true)
        {
            SkipBlanksAndSeparators();
            if (AtEnd)
            {
                yield break;
            }

            if (TryParseStatement() is { } entry)
            {
                yield return entry;
            }
        }
    }

    private ConfEntry? TryParseStatement()
    {
        try
        {
            return ParseStatement();
        }
        catch (SyntaxError e)
        {
            _bag.Error(ConfCodes.Syntax, e.Span, e.Message);
            SkipToNextLine();
            return null;
        }
    }

    private bool AtEnd => _pos >= _text.Length;

    private char Cur => _text[_pos];

    private SourceSpan Here => new(_file, _line, _pos - _lineStart + 1);

    private ConfEntry ParseStatement()
    {
        var keySpan = Here;
        var key = ParseName();
        SkipSpaces();
        if (AtEnd || Cur != '=')
        {
            throw new SyntaxError(Here, $"expected '=' after '{key}'");
        }

        _pos++;
        SkipSpaces();
        var value = ParseValue(inList: false);
        SkipSpaces();
        if (!AtEnd && Cur is not ('\n' or '\r' or ';' or '#'))
        {
            throw new SyntaxError(Here, $"expected a newline or ';' after the value of '{key}'");
        }

        return new ConfEntry(key, keySpan, value);
    }

    private string ParseName()
    {
        var start = _pos;
        if (AtEnd || !(char.IsAsciiLetter(Cur) || Cur == '_'))
        {
            throw new SyntaxError(Here, AtEnd ? "expected a setting name" : $"expected a setting name, found '{Cur}'");
        }

        while (!AtEnd && (char.IsAsciiLetterOrDigit(Cur) || Cur is '_' or '.'))
        {
            _pos++;
        }

        return _text[start.._pos];
    }

    private ConfValue ParseValue(bool inList)
    {
        if (AtEnd || (!inList && Cur is '\n' or '\r' or '#' or ';'))
        {
            throw new SyntaxError(Here, "expected a value");
        }

        var span = Here;
        return Cur switch
        {
            '"' or '\'' => new ConfString(ParseString(), span),
            '[' => ParseList(span),
            '-' or '+' or (>= '0' and <= '9') => ParseInteger(span),
            _ => throw new SyntaxError(span, $"expected a value (a number, a quoted string or a [list]), found '{Cur}'"),
        };
    }

    private string ParseString()
    {
        var start = Here;
        var quote = Cur;
        if (quote == '"' && string.CompareOrdinal(_text, _pos, "\"\"\"", 0, 3) == 0)
        {
            _pos += 3;
            var close = _text.IndexOf("\"\"\"", _pos, StringComparison.Ordinal);
            if (close < 0)
            {
                throw new SyntaxError(start, "unterminated \"\"\" string");
            }

            var body = _text[_pos..close];
            for (var i = _pos; i < close; i++)
            {
                if (_text[i] == '\n')
                {
                    _line++;
                    _lineStart = i + 1;
                }
            }

            _pos = close + 3;
            return body;
        }

        _pos++;
        var begin = _pos;
        while (!AtEnd && Cur != quote && Cur != '\n')
        {
            _pos++;
        }

        if (AtEnd || Cur != quote)
        {
            throw new SyntaxError(start, "unterminated string");
        }

        var s = _text[begin.._pos];
        _pos++;
        return s;
    }

    private ConfInteger ParseInteger(SourceSpan span)
    {
        var start = _pos;
        if (Cur is '-' or '+')
        {
            _pos++;
        }

        var digits = _pos;
        while (!AtEnd && char.IsAsciiDigit(Cur))
        {
            _pos++;
        }

        if (_pos == digits)
        {
            throw new SyntaxError(span, "expected digits after the sign");
        }

        if (!long.TryParse(_text.AsSpan(start, _pos - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v))
        {
            throw new SyntaxError(span, "number out of range");
        }

        return new ConfInteger(v, span);
    }

    private ConfList ParseList(SourceSpan span)
    {
        _pos++;
        var items = new List<ConfValue>();
        while (true)
        {
            SkipBlanksAndComments();
            if (AtEnd)
            {
                throw new SyntaxError(span, "unterminated list: expected ']'");
            }

            if (Cur == ']')
            {
                _pos++;
                return new ConfList(items, span);
            }

            items.Add(ParseValue(inList: true));
            SkipBlanksAndComments();
            if (AtEnd)
            {
                throw new SyntaxError(span, "unterminated list: expected ']'");
            }

            if (Cur == ',')
            {
                _pos++;
            }
            else if (Cur != ']')
            {
                throw new SyntaxError(Here, $"expected ',' or ']' in the list, found '{Cur}'");
            }
        }
    }

    private void SkipSpaces()
    {
        while (!AtEnd && Cur is ' ' or '\t')
        {
            _pos++;
        }
    }

    private void SkipComment()
    {
        while (!AtEnd && Cur != '\n')
        {
            _pos++;
        }
    }

    /// <summary>Inside lists: whitespace, newlines and comments are all insignificant.</summary>
    private void SkipBlanksAndComments()
    {
        while (!AtEnd)
        {
            if (Cur is ' ' or '\t' or '\r')
            {
                _pos++;
            }
            else if (Cur == '\n')
            {
                NewLine();
            }
            else if (Cur == '#')
            {
                SkipComment();
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Between statements: the same, plus the ';' separator.</summary>
    private void SkipBlanksAndSeparators()
    {
        while (true)
        {
            SkipBlanksAndComments();
            if (AtEnd || Cur != ';')
            {
                return;
            }

            _pos++;
        }
    }

    private void SkipToNextLine()
    {
        SkipComment();
        if (!AtEnd)
        {
            NewLine();
        }
    }

    private void NewLine()
    {
        _pos++;
        _line++;
        _lineStart = _pos;
    }

    private sealed class SyntaxError(SourceSpan span, string message) : Exception(message)
    {
        public SourceSpan Span { get; } = span;
    }
}
