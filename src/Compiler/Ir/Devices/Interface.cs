using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Ir;

/// <summary>&lt;interface type=...&gt;: a guest NIC and its host backend (https://libvirt.org/formatdomain.html#network-interfaces).</summary>
public sealed record Interface : Device, IAliasedDevice, IPciDevice
{
    public override string ElementName => "interface";

    /// <summary><c>user</c>, <c>ethernet</c>, <c>network</c>, <c>bridge</c>, <c>direct</c>, <c>hostdev</c>, <c>vhostuser</c>, <c>vdpa</c>, <c>server</c>, <c>client</c>, <c>mcast</c>, <c>udp</c>, <c>null</c>, <c>vds</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Lower-case aa:bb:cc:dd:ee:ff; filled by the net defaults pass when missing.</summary>
    public string? Mac { get; init; }

    /// <summary>&lt;model type=&gt; (<c>virtio</c>, <c>e1000</c>, <c>rtl8139</c>...).</summary>
    public string? Model { get; init; }

    /// <summary>
    /// type='hostdev' (an SR-IOV VF given to the guest with VFIO, https://libvirt.org/formatdomain.html#pci-passthrough):
    /// managed='yes' = libvirt detaches the function from its host driver itself. null = not written.
    /// </summary>
    public bool? Managed { get; init; }

    /// <summary>type='hostdev': the host PCI function passed through (&lt;source&gt;&lt;address type='pci'&gt;).</summary>
    public PciAddress? HostdevSource { get; init; }

    /// <summary>&lt;source&gt;; null when the interface has none (and for type='hostdev', see <see cref="HostdevSource"/>).</summary>
    public InterfaceSource? Source { get; init; }

    /// <summary>&lt;target dev=&gt;: the host tap device name.</summary>
    public string? TargetDev { get; init; }

    public string? Script { get; init; }

    /// <summary>&lt;driver&gt; with its &lt;host&gt;/&lt;guest&gt; offloads; null when absent.</summary>
    public InterfaceDriver? Driver { get; init; }

    /// <summary>&lt;backend&gt;; null when absent.</summary>
    public InterfaceBackend? Backend { get; init; }

    /// <summary>&lt;rom&gt;; null when absent.</summary>
    public DeviceRom? Rom { get; init; }

    public int? Mtu { get; init; }

    /// <summary>&lt;coalesce&gt;&lt;rx&gt;&lt;frames max=&gt;.</summary>
    public int? CoalesceRxFramesMax { get; init; }

    /// <summary>&lt;link state='up|down'&gt;.</summary>
    public string? LinkState { get; init; }

    /// <summary>vhost-user &lt;source&gt;&lt;reconnect&gt;, vhost-user and server/client chardev-like sources.</summary>
    public ChardevSource? Chardev { get; init; }

    /// <summary>&lt;teaming&gt;; null when absent.</summary>
    public Teaming? Teaming { get; init; }

    /// <summary>Children without a typed field (ip, portForward, route, bandwidth, virtualport, filterref, tune...).</summary>
    public EquatableArray<GenericNode> Extra { get; init; } = EquatableArray<GenericNode>.Empty;

    public string? DefaultAlias(Func<string, string> next) => Type == "hostdev" ? next("hostdev") : next("net");

    /// <summary>A hostdev interface is a VFIO PCI function whatever its &lt;model&gt; says (the model is only kept in the XML).</summary>
    public bool WantsPci(Domain domain) => Type == "hostdev" || Model is not ("usb-net" or "spapr-vlan" or "lan9118" or "smc91c111" or "virtio-mmio");

    /// <summary>Transitional virtio devices are conventional PCI (libvirt's qemuDomainDeviceCalculatePCIConnectFlags).</summary>
    public bool IsConventionalPci(Domain domain) => Type != "hostdev" && VirtioModels.IsTransitional(Model);
}
