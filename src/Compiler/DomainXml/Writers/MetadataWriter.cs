using System.Text;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Writers;

/// <summary>
/// &lt;metadata&gt;: libvirt does not format it itself but dumps the stored node with libxml2
/// (xmlNodeDump with indentation), so unlike the rest of the document its attributes are
/// double-quoted and escaped the libxml2 way.
/// </summary>
internal static class MetadataWriter
{
    public static void Write(XmlTextBuilder x, GenericNode node)
    {
        var start = new StringBuilder("<").Append(node.Name);
        foreach (var (name, value) in node.Attributes)
        {
            start.Append(' ').Append(name).Append("=\"").Append(EscapeAttr(value)).Append('"');
        }

        if (node.Children.IsEmpty)
        {
            x.Line(node.Text is null ? start.Append("/>").ToString() : start.Append('>').Append(EscapeText(node.Text)).Append("</").Append(node.Name).Append('>').ToString());
            return;
        }

        x.Line(start.Append('>').ToString());
        x.Nest(inner =>
        {
            foreach (var c in node.Children)
            {
                Write(inner, c);
            }
        });
        x.Line("</" + node.Name + ">");
    }

    // libxml2's xmlEscapeEntities / xmlAttrSerializeTxtContent: quotes are escaped only in attributes.
    private static string EscapeText(string s) =>
        s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\r", "&#13;", StringComparison.Ordinal);

    private static string EscapeAttr(string s) =>
        EscapeText(s).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("\n", "&#10;", StringComparison.Ordinal)
            .Replace("\t", "&#9;", StringComparison.Ordinal);
}
