using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers;

/// <summary>
/// &lt;metadata&gt; (https://libvirt.org/formatdomain.html#general-metadata): applications' own
/// elements, each in its own namespace. As libvirt does (virXMLNodeSanitizeNamespaces), children
/// without a namespace and repeats of a namespace are dropped. Names keep their prefix and each
/// kept element carries its namespace declaration as an attribute, so the generic tree can be
/// written back exactly as libvirt dumps it.
/// </summary>
internal static class MetadataReader
{
    public static GenericNode Read(XElement metadata)
    {
        var seen = new HashSet<XNamespace>();
        var kept = metadata.Elements()
            .Where(c => c.Name.Namespace != XNamespace.None && seen.Add(c.Name.Namespace))
            .Select(c => Convert(c, declareOwn: true));
        return new GenericNode("metadata", EquatableArray<Attr>.Empty, null, kept.ToEquatableArray());
    }

    private static GenericNode Convert(XElement e, bool declareOwn)
    {
        var attrs = new List<Attr>();
        var prefix = e.GetPrefixOfNamespace(e.Name.Namespace);
        var declared = e.Attributes().Where(a => a.IsNamespaceDeclaration).ToList();

        // A namespace declared on an ancestor (e.g. <domain>) moves onto the kept element.
        if (declareOwn && !declared.Any(a => a.Value == e.Name.NamespaceName))
        {
            attrs.Add(new(prefix is null ? "xmlns" : "xmlns:" + prefix, e.Name.NamespaceName));
        }

        foreach (var a in e.Attributes())
        {
            attrs.Add(new(QualifiedName(e, a), a.Value));
        }

        var text = e.Nodes().OfType<XText>().Any() && !e.HasElements ? e.Value : null;
        return new GenericNode(Qualified(prefix, e.Name.LocalName), attrs.ToEquatableArray(), text, e.Elements().Select(c => Convert(c, false)).ToEquatableArray());
    }

    private static string QualifiedName(XElement owner, XAttribute a)
    {
        if (a.IsNamespaceDeclaration)
        {
            return a.Name.Namespace == XNamespace.None ? "xmlns" : "xmlns:" + a.Name.LocalName;
        }

        return a.Name.Namespace == XNamespace.None ? a.Name.LocalName : Qualified(owner.GetPrefixOfNamespace(a.Name.Namespace), a.Name.LocalName);
    }

    private static string Qualified(string? prefix, string local) => string.IsNullOrEmpty(prefix) ? local : prefix + ":" + local;
}
