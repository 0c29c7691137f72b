namespace Qconv.Compiler.Ir;

/// <summary>
/// A syntax-neutral tree of a name, ordered attributes, optional text and children. Used for the
/// long tail of domain settings that have no typed record yet (e.g. &lt;metadata&gt;, &lt;idmap&gt;),
/// so the writer can still reproduce them. Not an XML type: the reader and writer map it.
/// </summary>
public sealed record GenericNode(
    string Name,
    EquatableArray<Attr> Attributes,
    string? Text,
    EquatableArray<GenericNode> Children)
{
    public string? Attr(string name)
    {
        foreach (var (k, v) in Attributes)
        {
            if (k == name)
            {
                return v;
            }
        }

        return null;
    }

    public GenericNode? Child(string name)
    {
        foreach (var c in Children)
        {
            if (c.Name == name)
            {
                return c;
            }
        }

        return null;
    }

    public IEnumerable<GenericNode> ChildrenNamed(string name) => Children.Where(c => c.Name == name);
}
