using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Chardev;

/// <summary>
/// A character device backend as domain XML describes it (virDomainChrSourceDef): the
/// &lt;serial type=...&gt; value and the &lt;source&gt;/&lt;protocol&gt; children, in libvirt's order.
/// </summary>
public sealed record CharSource(string Type, EquatableArray<GenericNode> Children)
{
    public static CharSource Of(string type, params GenericNode?[] children) => new(type, children.OfType<GenericNode>().ToEquatableArray());

    /// <summary>The element (<c>serial</c>, <c>parallel</c>, <c>console</c>, <c>channel</c>) with this source and a target.</summary>
    public GenericNode Element(string name, GenericNode target) =>
        new(name, EquatableArray.Create(new KeyValuePair<string, string>("type", Type)), null, Children.Append(target).ToEquatableArray());

    /// <summary>A tcp/udp/unix source: bind when QEMU listens (server), connect otherwise.</summary>
    public static GenericNode Socket(bool server, string? host, string? service) =>
        NodeBuilder.Element("source", ("mode", server ? "bind" : "connect"), ("host", host), ("service", service));

    public static GenericNode Path(string path) => NodeBuilder.Element("source", ("path", path));
}
