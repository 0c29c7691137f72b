using Qconv.Compiler.Argv.Values;

namespace Qconv.Compiler.Argv.Lifters;

/// <summary>
/// Something a command line defines once and refers to by id (<c>-netdev user,id=n0</c>,
/// <c>-chardev pty,id=c0</c>, <c>-blockdev</c> node names, <c>-object ...,id=</c>): the option it
/// came from, what its lifter made of it, and whether a device used it.
/// </summary>
public sealed class Backend(string kind, string id, ArgvOption option, PropertyBag properties, object? payload)
{
    /// <summary><c>drive</c>, <c>netdev</c>, <c>chardev</c>, <c>audiodev</c>, <c>object</c>, <c>fsdev</c>, <c>tpmdev</c>.</summary>
    public string Kind { get; } = kind;

    public string Id { get; } = id;

    public ArgvOption Option { get; } = option;

    public PropertyBag Properties { get; } = properties;

    /// <summary>The lifter's reading of the backend (a disk source, a chardev source...), or null.</summary>
    public object? Payload { get; } = payload;

    public bool Used { get; set; }
}
