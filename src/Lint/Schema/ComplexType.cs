namespace Qconv.Lint.Schema;

/// <summary>How an element's children are checked.</summary>
internal enum ContentKind
{
    /// <summary>No children, no text (a complexType with attributes only).</summary>
    Empty,

    /// <summary>Text of <see cref="ComplexType.Text"/>, no children (simpleContent, or an element of a simple type).</summary>
    Simple,

    /// <summary>Any number of the listed children in any order (xs:choice maxOccurs="unbounded").</summary>
    Choice,

    /// <summary>Any children, checked laxly: declared global elements are checked, others skipped (xs:any processContents="lax").</summary>
    Lax,
}

/// <summary>An attribute declaration: its simple type and whether it is required.</summary>
internal sealed record AttributeDecl(string Name, SimpleType Type, bool Required);

/// <summary>An element declaration (global, or local to a choice).</summary>
internal sealed record ElementDecl(string Name, ComplexType Type);

/// <summary>
/// A complex type reduced to what domain.xsd uses: a content kind, the children a choice allows,
/// whether children from other namespaces are skipped (xs:any namespace="##other"), the attributes
/// and the attribute wildcard.
/// </summary>
internal sealed class ComplexType
{
    public ContentKind Content { get; set; }

    public bool Mixed { get; set; }

    /// <summary>The text type of <see cref="ContentKind.Simple"/> content.</summary>
    public SimpleType? Text { get; set; }

    public Dictionary<string, ElementDecl> Children { get; } = new(StringComparer.Ordinal);

    /// <summary>xs:any namespace="##other" in a choice: elements of other namespaces are skipped.</summary>
    public bool SkipsOtherNamespaces { get; set; }

    public Dictionary<string, AttributeDecl> Attributes { get; } = new(StringComparer.Ordinal);

    /// <summary>xs:anyAttribute: null for none, "##other" (qualified attributes only) or "##any".</summary>
    public string? AnyAttribute { get; set; }

    /// <summary>A type whose text is of <paramref name="text"/>: an element declared with a simple type.</summary>
    public static ComplexType OfText(SimpleType text) => new() { Content = ContentKind.Simple, Text = text };
}
