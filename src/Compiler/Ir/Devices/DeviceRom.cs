namespace Qconv.Compiler.Ir;

/// <summary>
/// &lt;rom enabled= bar= file=&gt; of a PCI device: its option ROM (https://libvirt.org/formatdomain.html#network-interfaces,
/// "rom"). Values kept as written.
/// </summary>
public sealed record DeviceRom
{
    /// <summary><c>no</c> hides the ROM entirely.</summary>
    public string? Enabled { get; init; }

    /// <summary><c>on</c>/<c>off</c>: whether the ROM BAR is visible in the guest's PCI config space.</summary>
    public string? Bar { get; init; }

    public string? File { get; init; }

    /// <summary>Attributes no field above covers, in document order.</summary>
    public EquatableArray<Attr> ExtraAttributes { get; init; } = EquatableArray<Attr>.Empty;

    /// <summary>From a &lt;rom&gt; kept as a generic node (host devices keep theirs that way).</summary>
    public static DeviceRom Of(GenericNode rom) => new()
    {
        Enabled = rom.Attr("enabled"),
        Bar = rom.Attr("bar"),
        File = rom.Attr("file"),
        ExtraAttributes = rom.Attributes.Where(kv => kv.Key is not ("enabled" or "bar" or "file")).ToEquatableArray(),
    };
}
