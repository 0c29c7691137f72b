using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Ir;

/// <summary>&lt;smartcard mode='host|host-certificates|passthrough'&gt; on a CCID controller (https://libvirt.org/formatdomain.html#smartcard-devices).</summary>
public sealed record Smartcard : Device, IAliasedDevice
{
    public override string ElementName => "smartcard";

    public required string Mode { get; init; }

    /// <summary>host-certificates: the three &lt;certificate&gt; names.</summary>
    public EquatableArray<string> Certificates { get; init; } = EquatableArray<string>.Empty;

    /// <summary>host-certificates: &lt;database&gt; directory.</summary>
    public string? Database { get; init; }

    /// <summary>passthrough: the chardev.</summary>
    public ChardevSource? Source { get; init; }

    public string? DefaultAlias(Func<string, string> next) => next("smartcard");
}
