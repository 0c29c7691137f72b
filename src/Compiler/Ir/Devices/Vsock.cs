using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Ir;

/// <summary>&lt;vsock model='virtio'&gt;&lt;cid auto= address=&gt; (https://libvirt.org/formatdomain.html#vsock).</summary>
public sealed record Vsock : Device, IAliasedDevice, IPciDevice
{
    public override string ElementName => "vsock";

    public string? Model { get; init; }

    public bool? AutoCid { get; init; }

    public int? Cid { get; init; }

    public EquatableArray<Attr> Driver { get; init; } = EquatableArray<Attr>.Empty;

    public string? DefaultAlias(Func<string, string> next) => "vsock0";

    public bool WantsPci(Domain domain) => true;

    /// <summary>Transitional virtio devices are conventional PCI (libvirt's qemuDomainDeviceCalculatePCIConnectFlags).</summary>
    public bool IsConventionalPci(Domain domain) => VirtioModels.IsTransitional(Model);
}
