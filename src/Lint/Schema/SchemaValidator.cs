using System.Xml.Linq;

namespace Qconv.Lint.Schema;

/// <summary>
/// Checks a parsed document against the declarations <see cref="SchemaLoader"/> read, as an XSD
/// validator would for this subset: declared attributes typed, required ones present, undeclared
/// ones only where a wildcard allows them (xml:* always, as with AllowXmlAttributes); choices admit
/// their declared children and skip other namespaces; lax content checks the global elements it
/// contains (address, boot, mac, driver, ...) at any depth and skips the rest.
/// </summary>
internal static class SchemaValidator
{
    public static void Validate(XElement root, IReadOnlyDictionary<string, ElementDecl> globals, Action<XObject, string> report)
    {
        // Another root element is the linter's own finding ("expected <domain>"), not reported twice.
        if (root.Name.Namespace == XNamespace.None && globals.TryGetValue(root.Name.LocalName, out var decl))
        {
            Element(root, decl.Type, globals, report);
        }
    }

    private static void Element(XElement e, ComplexType type, IReadOnlyDictionary<string, ElementDecl> globals, Action<XObject, string> report)
    {
        Attributes(e, type, report);
        switch (type.Content)
        {
            case ContentKind.Empty:
                // Empty content admits no character data at all, not even whitespace (XSD 1.0 part 1, 3.4.4).
                NoChildren(e, report);
                Text(e, type.Mixed, report, whitespaceToo: true);
                break;
            case ContentKind.Simple:
                NoChildren(e, report);
                if (type.Text is { } text && !text.Accepts(e.Value))
                {
                    report(e, $"<{e.Name.LocalName}> value '{e.Value}' must be {text.Name}");
                }

                break;
            case ContentKind.Choice:
                foreach (var child in e.Elements())
                {
                    if (child.Name.Namespace == XNamespace.None && type.Children.TryGetValue(child.Name.LocalName, out var decl))
                    {
                        Element(child, decl.Type, globals, report);
                    }
                    else if (child.Name.Namespace == XNamespace.None || !type.SkipsOtherNamespaces)
                    {
                        report(child, $"<{e.Name.LocalName}> cannot contain <{child.Name.LocalName}>");
                    }
                }

                Text(e, type.Mixed, report);
                break;
            default:
                foreach (var child in e.Elements())
                {
                    Lax(child, globals, report);
                }

                Text(e, type.Mixed, report);
                break;
        }
    }

    private static void Lax(XElement e, IReadOnlyDictionary<string, ElementDecl> globals, Action<XObject, string> report)
    {
        if (e.Name.Namespace == XNamespace.None && globals.TryGetValue(e.Name.LocalName, out var decl))
        {
            Element(e, decl.Type, globals, report);
            return;
        }

        foreach (var child in e.Elements())
        {
            Lax(child, globals, report);
        }
    }

    private static void Attributes(XElement e, ComplexType type, Action<XObject, string> report)
    {
        foreach (var a in e.Attributes())
        {
            if (a.IsNamespaceDeclaration || a.Name.Namespace == XNamespace.Xml)
            {
                continue;
            }

            if (a.Name.Namespace == XNamespace.None && type.Attributes.TryGetValue(a.Name.LocalName, out var decl))
            {
                if (!decl.Type.Accepts(a.Value))
                {
                    report(a, $"attribute {a.Name.LocalName}='{a.Value}' of <{e.Name.LocalName}> must be {decl.Type.Name}");
                }
            }
            else if (type.AnyAttribute is null || (type.AnyAttribute == "##other" && a.Name.Namespace == XNamespace.None))
            {
                report(a, $"attribute '{a.Name.LocalName}' is not allowed on <{e.Name.LocalName}>");
            }
        }

        foreach (var decl in type.Attributes.Values)
        {
            if (decl.Required && e.Attribute(decl.Name) is null)
            {
                report(e, $"<{e.Name.LocalName}> needs the attribute '{decl.Name}'");
            }
        }
    }

    private static void NoChildren(XElement e, Action<XObject, string> report)
    {
        foreach (var child in e.Elements())
        {
            report(child, $"<{e.Name.LocalName}> cannot contain elements (found <{child.Name.LocalName}>)");
        }
    }

    private static void Text(XElement e, bool mixed, Action<XObject, string> report, bool whitespaceToo = false)
    {
        if (mixed)
        {
            return;
        }

        foreach (var node in e.Nodes())
        {
            if (node is XText t && (whitespaceToo ? t.Value.Length > 0 : !string.IsNullOrWhiteSpace(t.Value)))
            {
                report(e, $"<{e.Name.LocalName}> cannot contain text");
                return;
            }
        }
    }
}
