using System.Text;

namespace Qconv.Compiler.DomainXml.Writers;

/// <summary>
/// Writes XML the way libvirt formats domain definitions (virBuffer + virXMLFormatElement):
/// two-space indentation, single-quoted attributes, empty elements self-closed, attributes in the
/// order given. Attributes whose value is null are omitted, which keeps callers free of ifs.
/// </summary>
public sealed class XmlTextBuilder
{
    private readonly StringBuilder _sb = new();
    private readonly Stack<string> _open = new();

    public int Depth => _open.Count;

    /// <summary>An element with children to come: <c>&lt;name a='b'&gt;</c>.</summary>
    public XmlTextBuilder Open(string name, params (string Name, string? Value)[] attrs)
    {
        Indent();
        _sb.Append('<').Append(name);
        WriteAttrs(attrs);
        _sb.Append(">\n");
        _open.Push(name);
        return this;
    }

    public XmlTextBuilder Close()
    {
        var name = _open.Pop();
        Indent();
        _sb.Append("</").Append(name).Append(">\n");
        return this;
    }

    /// <summary>A self-closed element, or one with text content when <paramref name="text"/> is given.</summary>
    public XmlTextBuilder Leaf(string name, string? text, params (string Name, string? Value)[] attrs)
    {
        Indent();
        _sb.Append('<').Append(name);
        WriteAttrs(attrs);
        if (text is null)
        {
            _sb.Append("/>\n");
        }
        else
        {
            _sb.Append('>').Append(EscapeText(text)).Append("</").Append(name).Append(">\n");
        }

        return this;
    }

    public XmlTextBuilder Empty(string name, params (string Name, string? Value)[] attrs) => Leaf(name, null, attrs);

    /// <summary>
    /// Writes an element whose children are produced by <paramref name="body"/>; when the body writes
    /// nothing the element is self-closed, as virXMLFormatElement does.
    /// </summary>
    public XmlTextBuilder Element(string name, Action<XmlTextBuilder> body, params (string Name, string? Value)[] attrs)
    {
        var child = new XmlTextBuilder();
        for (var i = 0; i <= Depth; i++)
        {
            child._open.Push(string.Empty);
        }

        body(child);
        if (child._sb.Length == 0)
        {
            if (attrs.Any(a => a.Value is not null))
            {
                Empty(name, attrs);
            }

            return this;
        }

        Open(name, attrs);
        _sb.Append(child._sb);
        return Close();
    }

    /// <summary>A preformatted line at the current indentation (for content libvirt dumps through libxml2).</summary>
    public XmlTextBuilder Line(string text)
    {
        Indent();
        _sb.Append(text).Append('\n');
        return this;
    }

    /// <summary>Runs <paramref name="body"/> one level deeper without writing an element of its own.</summary>
    public XmlTextBuilder Nest(Action<XmlTextBuilder> body)
    {
        _open.Push(string.Empty);
        body(this);
        _open.Pop();
        return this;
    }

    public override string ToString() => _sb.ToString();

    private void WriteAttrs((string Name, string? Value)[] attrs)
    {
        foreach (var (n, v) in attrs)
        {
            if (v is not null)
            {
                _sb.Append(' ').Append(n).Append("='").Append(EscapeAttr(v)).Append('\'');
            }
        }
    }

    private void Indent() => _sb.Append(' ', 2 * _open.Count);

    // virBufferEscapeString escapes quotes in text content as well as in attribute values.
    private static string EscapeText(string s) =>
        s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("'", "&apos;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static string EscapeAttr(string s) => EscapeText(s);
}
