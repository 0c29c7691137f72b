using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters;

/// <summary>
/// Builds <see cref="GenericNode"/>s for device families that have no typed IR record yet, with
/// null attributes left out so lifters can pass optional values straight through.
/// </summary>
public static class NodeBuilder
{
    public static GenericNode Element(string name, params (string Key, string? Value)[] attributes) =>
        new(name, Attrs(attributes), null, EquatableArray<GenericNode>.Empty);

    public static GenericNode Element(string name, (string Key, string? Value)[] attributes, params GenericNode?[] children) =>
        new(name, Attrs(attributes), null, children.OfType<GenericNode>().ToEquatableArray());

    public static GenericNode Text(string name, string text) =>
        new(name, EquatableArray<Attr>.Empty, text, EquatableArray<GenericNode>.Empty);

    private static EquatableArray<Attr> Attrs((string Key, string? Value)[] attributes) =>
        attributes.Where(a => a.Value is not null).Select(a => new Attr(a.Key, a.Value!)).ToEquatableArray();
}
