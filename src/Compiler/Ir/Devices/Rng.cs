using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Ir;

/// <summary>
/// &lt;rng model='virtio[-transitional|-non-transitional]'&gt;: a paravirtual random number generator
/// fed by /dev/random-like files, an EGD chardev or QEMU's builtin source
/// (https://libvirt.org/formatdomain.html#random-number-generator-device).
/// </summary>
public sealed record Rng : Device, IPciDevice, IAliasedDevice
{
    public override string ElementName => "rng";

    public required string Model { get; init; }

    /// <summary><c>random</c>, <c>egd</c> or <c>builtin</c>.</summary>
    public required string BackendModel { get; init; }

    /// <summary>The file a random backend reads.</summary>
    public string? RandomPath { get; init; }

    /// <summary>The character device an EGD backend reads (&lt;backend model='egd' type=...&gt; with its source).</summary>
    public ChardevSource? EgdSource { get; init; }

    public ulong? RateBytes { get; init; }

    public ulong? RatePeriod { get; init; }

    public VirtioOptions Virtio { get; init; } = VirtioOptions.None;

    public bool WantsPci(Domain domain) => true;

    public bool IsConventionalPci(Domain domain) => VirtioModels.IsTransitional(Model);

    public string? DefaultAlias(Func<string, string> next) => next("rng");
}
