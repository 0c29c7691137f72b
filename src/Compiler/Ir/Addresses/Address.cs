namespace Qconv.Compiler.Ir;

/// <summary>
/// A device's place on a bus (&lt;address type=...&gt;). One sealed record per address type.
/// See https://libvirt.org/formatdomain.html#device-addresses.
/// </summary>
public abstract record Address
{
    /// <summary>The <c>type</c> attribute value.</summary>
    public abstract string Type { get; }
}
