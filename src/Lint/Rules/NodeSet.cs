namespace Qconv.Lint.Rules;

/// <summary>The members of a libvirt bitmap such as "0-5,^4,8", ascending and each once (see <see cref="XmlFacts.NodeSet(string?)"/>).</summary>
public sealed class NodeSet(IReadOnlyList<int> members)
{
    public IReadOnlyList<int> Members { get; } = members;

    public int Count => Members.Count;

    /// <summary>The highest member; only for a non-empty set.</summary>
    public int Max => Members[^1];
}
