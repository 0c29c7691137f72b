namespace Qconv.Compiler.Ir;

/// <summary>
/// &lt;interface&gt;&lt;driver&gt;: the virtio-net (or vhost) tuning of a NIC
/// (https://libvirt.org/formatdomain.html#setting-nic-driver-specific-options). Values are kept as
/// written, so a domain reads back unchanged; null = not specified.
/// </summary>
public sealed record InterfaceDriver
{
    /// <summary><c>qemu</c> (userspace virtio-net) or <c>vhost</c> (in-kernel vhost-net).</summary>
    public string? Name { get; init; }

    /// <summary><c>iothread</c> or <c>timer</c>.</summary>
    public string? TxMode { get; init; }

    public string? IoEventFd { get; init; }

    public string? EventIdx { get; init; }

    /// <summary>Number of queue pairs (multiqueue).</summary>
    public string? Queues { get; init; }

    public string? RxQueueSize { get; init; }

    public string? TxQueueSize { get; init; }

    public string? Rss { get; init; }

    public string? RssHashReport { get; init; }

    /// <summary>The virtio transport options every virtio device's &lt;driver&gt; takes.</summary>
    public VirtioOptions Virtio { get; init; } = VirtioOptions.None;

    /// <summary>&lt;host .../&gt;: offloads of the host side.</summary>
    public OffloadSwitches? Host { get; init; }

    /// <summary>&lt;guest .../&gt;: offloads offered to the guest.</summary>
    public OffloadSwitches? Guest { get; init; }

    /// <summary>Attributes no field above covers, in document order (written after the known ones, never dropped).</summary>
    public EquatableArray<Attr> ExtraAttributes { get; init; } = EquatableArray<Attr>.Empty;
}
