namespace Qconv.Compiler.Ir;

/// <summary>&lt;controller type=... index=... model=...&gt; (https://libvirt.org/formatdomain.html#controllers).</summary>
public sealed record Controller : Device
{
    public override string ElementName => "controller";

    /// <summary><c>ide</c>, <c>fdc</c>, <c>scsi</c>, <c>sata</c>, <c>usb</c>, <c>ccid</c>, <c>virtio-serial</c>, <c>pci</c>, <c>xenbus</c>, <c>isa</c>.</summary>
    public required string Type { get; init; }

    public int Index { get; init; }

    public string? Model { get; init; }

    public int? Ports { get; init; }

    public int? Vectors { get; init; }

    public int? MaxGrantFrames { get; init; }

    /// <summary>&lt;model name=...&gt; of a PCI controller (the QEMU device actually used).</summary>
    public string? ModelName { get; init; }

    /// <summary>&lt;target chassisNr= chassis= port= busNr= hotplug= index=&gt; and &lt;node&gt;.</summary>
    public PciControllerTarget? PciTarget { get; init; }

    /// <summary>USB companion controllers: &lt;master startport=...&gt;.</summary>
    public int? MasterStartPort { get; init; }

    /// <summary>&lt;driver queues= cmd_per_lun= max_sectors= ioeventfd= iothread=&gt;.</summary>
    public EquatableArray<Attr> Driver { get; init; } = EquatableArray<Attr>.Empty;

    /// <summary>virtio transport options of virtio controllers (virtio-scsi, virtio-serial).</summary>
    public VirtioOptions Virtio { get; init; } = VirtioOptions.None;

    public EquatableArray<GenericNode> Extra { get; init; } = EquatableArray<GenericNode>.Empty;
}

public sealed record PciControllerTarget
{
    public int? ChassisNr { get; init; }

    public int? Chassis { get; init; }

    public int? Port { get; init; }

    public int? BusNr { get; init; }

    public string? Hotplug { get; init; }

    public int? Index { get; init; }

    public int? NumaNode { get; init; }
}
