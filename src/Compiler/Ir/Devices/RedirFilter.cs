namespace Qconv.Compiler.Ir;

/// <summary>
/// &lt;redirfilter&gt;: the ordered filter rules applied to every USB redirection device
/// (https://libvirt.org/formatdomain.html#redirected-devices). Not a guest device of its own.
/// </summary>
public sealed record RedirFilter : Device
{
    public override string ElementName => "redirfilter";

    public EquatableArray<RedirFilterRule> Rules { get; init; } = [];
}
