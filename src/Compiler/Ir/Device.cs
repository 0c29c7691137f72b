namespace Qconv.Compiler.Ir;

/// <summary>
/// Base of every device record (&lt;devices&gt; children). Concrete families are sealed records in
/// Ir/Devices, one per file; the common parts (alias, address, boot order) live in <see cref="Info"/>.
/// </summary>
public abstract record Device
{
    public DeviceInfo Info { get; init; } = DeviceInfo.Empty;

    /// <summary>The element name in domain XML (<c>disk</c>, <c>interface</c>, ...).</summary>
    public abstract string ElementName { get; }
}
