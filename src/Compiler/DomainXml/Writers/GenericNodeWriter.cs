using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Writers;

/// <summary>Writes a <see cref="GenericNode"/> back as XML (attributes and children in stored order).</summary>
public static class GenericNodeWriter
{
    public static void Write(XmlTextBuilder x, GenericNode node)
    {
        var attrs = node.Attributes.Select(a => (a.Key, (string?)a.Value)).ToArray();
        if (node.Children.IsEmpty)
        {
            x.Leaf(node.Name, node.Text, attrs);
            return;
        }

        x.Open(node.Name, attrs);
        foreach (var c in node.Children)
        {
            Write(x, c);
        }

        x.Close();
    }
}
