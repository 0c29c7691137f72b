using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Qconv.Compiler.FromNative;

/// <summary>
/// Canonical text of a domain XML for comparison: attributes sorted by name, whitespace between
/// elements and around text ignored, and attributes whose value is libvirt's default left out
/// (<c>unit='KiB'</c> on memory sizes, <c>placement='static'</c> on &lt;vcpu&gt;, <c>dies='1'</c>
/// on &lt;topology&gt;), so documents that differ only in formatting compare equal.
/// </summary>
public static class XmlCanonicalizer
{
    private static readonly HashSet<(string Element, string Attribute, string Value)> Defaults =
    [
        ("memory", "unit", "KiB"), ("currentMemory", "unit", "KiB"), ("maxMemory", "unit", "KiB"),
        ("vcpu", "placement", "static"), ("topology", "dies", "1"),
    ];

    /// <summary>The canonical form, one element per line; throws <see cref="XmlException"/> on malformed XML.</summary>
    public static string Canonicalize(string xml)
    {
        var doc = XDocument.Parse(xml, LoadOptions.None);
        var sb = new StringBuilder();
        Write(sb, doc.Root!, 0);
        return sb.ToString();
    }

    /// <summary>The first line where the canonical forms differ, or null when they are equal.</summary>
    public static string? FirstDifference(string expectedXml, string actualXml)
    {
        var e = Canonicalize(expectedXml).Split('\n');
        var a = Canonicalize(actualXml).Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i].Trim() : "<end>";
            var al = i < a.Length ? a[i].Trim() : "<end>";
            if (el != al)
            {
                return $"expected `{el}` but got `{al}`";
            }
        }

        return null;
    }

    private static void Write(StringBuilder sb, XElement e, int depth)
    {
        var name = Name(e);
        sb.Append(' ', depth * 2).Append('<').Append(name);
        foreach (var a in e.Attributes().Where(a => !a.IsNamespaceDeclaration).OrderBy(a => a.Name.LocalName, StringComparer.Ordinal))
        {
            if (!Defaults.Contains((e.Name.LocalName, a.Name.LocalName, a.Value)))
            {
                sb.Append(' ').Append(a.Name.LocalName).Append("='").Append(a.Value).Append('\'');
            }
        }

        var text = string.Concat(e.Nodes().OfType<XText>().Select(t => t.Value)).Trim();
        sb.Append('>').Append(text).Append('\n');
        foreach (var c in e.Elements())
        {
            Write(sb, c, depth + 1);
        }
    }

    private static string Name(XElement e) =>
        e.Name.Namespace == XNamespace.None ? e.Name.LocalName : (e.GetPrefixOfNamespace(e.Name.Namespace) ?? e.Name.NamespaceName) + ":" + e.Name.LocalName;
}
