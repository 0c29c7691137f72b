using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Ir;

/// <summary>
/// &lt;panic model='isa|pseries|hyperv|s390|pvpanic'&gt;: how the guest reports a crash to the host
/// (https://libvirt.org/formatdomain.html#panic-device). A missing model means the architecture's
/// default (isa on x86).
/// </summary>
public sealed record Panic : Device, IPciDevice, IAliasedDevice
{
    public override string ElementName => "panic";

    public string? Model { get; init; }

    public bool WantsPci(Domain domain) => Model == "pvpanic";

    public string? DefaultAlias(Func<string, string> next) => next("panic");
}
