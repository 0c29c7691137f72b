namespace Qconv.Compiler.Ir;

/// <summary>&lt;disk&gt;: a block device the guest sees (https://libvirt.org/formatdomain.html#hard-drives-floppy-disks-cdroms).</summary>
public sealed record Disk : Device
{
    public override string ElementName => "disk";

    /// <summary>The disk element's <c>type</c> (file, block, network...), also when there is no source.</summary>
    public string Type { get; init; } = "file";

    /// <summary><c>disk</c>, <c>cdrom</c>, <c>floppy</c>, <c>lun</c>.</summary>
    public string DeviceKind { get; init; } = "disk";

    public string? Model { get; init; }

    public string? Snapshot { get; init; }

    public string? RawIo { get; init; }

    public string? Sgio { get; init; }

    /// <summary>The top of the storage chain; an empty cdrom/floppy has a source with no path (see <see cref="DiskSource.IsEmpty"/>).</summary>
    public required DiskSource Source { get; init; }

    /// <summary>Backing chain below <see cref="Source"/>, top to bottom.</summary>
    public EquatableArray<DiskSource> BackingStore { get; init; } = EquatableArray<DiskSource>.Empty;

    /// <summary>True when the XML had an explicit empty &lt;backingStore/&gt; (chain ends here).</summary>
    public bool BackingStoreTerminated { get; init; }

    public DiskDriver Driver { get; init; } = new();

    public required DiskTarget Target { get; init; }

    public bool ReadOnly { get; init; }

    /// <summary>
    /// True when &lt;auth&gt; is written directly under &lt;disk&gt; (its old place) rather than in
    /// &lt;source&gt;; libvirt formats it where it was read (virDomainDiskDef.diskElementAuth).
    /// </summary>
    public bool AuthInDiskElement { get; init; }

    /// <summary>True when &lt;encryption&gt; is written directly under &lt;disk&gt; (virDomainDiskDef.diskElementEnc), as for <see cref="AuthInDiskElement"/>.</summary>
    public bool EncryptionInDiskElement { get; init; }

    public bool Shareable { get; init; }

    public bool Transient { get; init; }

    public bool TransientShareBacking { get; init; }

    public string? Serial { get; init; }

    public string? Wwn { get; init; }

    public string? Vendor { get; init; }

    public string? Product { get; init; }

    /// <summary>&lt;iotune&gt; throttling values in document order (name → value).</summary>
    public EquatableArray<Attr> IoTune { get; init; } = EquatableArray<Attr>.Empty;

    public int? LogicalBlockSize { get; init; }

    public int? PhysicalBlockSize { get; init; }

    public int? DiscardGranularity { get; init; }

    public DiskGeometry? Geometry { get; init; }

    /// <summary>Sub-elements no typed field covers yet, kept for the writer.</summary>
    public EquatableArray<GenericNode> Extra { get; init; } = EquatableArray<GenericNode>.Empty;
}

/// <summary>&lt;target dev=... bus=... tray=... removable=... rotation_rate=...&gt;.</summary>
public sealed record DiskTarget(string Dev, string? Bus)
{
    public string? Tray { get; init; }

    public bool? Removable { get; init; }

    public int? RotationRate { get; init; }
}

/// <summary>&lt;driver&gt; of a disk: format and QEMU block-layer tuning.</summary>
public sealed record DiskDriver
{
    public string? Name { get; init; }

    public string? Format { get; init; }

    public string? Cache { get; init; }

    public string? Io { get; init; }

    public string? ErrorPolicy { get; init; }

    public string? RErrorPolicy { get; init; }

    public string? Discard { get; init; }

    public string? DetectZeroes { get; init; }

    public string? CopyOnRead { get; init; }

    public int? IoThread { get; init; }

    public int? Queues { get; init; }

    public int? QueueSize { get; init; }

    public string? EventIdx { get; init; }

    public string? IoEventFd { get; init; }

    public ulong? MetadataCacheMaxSize { get; init; }

    public VirtioOptions Virtio { get; init; } = VirtioOptions.None;

    public EquatableArray<GenericNode> Extra { get; init; } = EquatableArray<GenericNode>.Empty;
}

/// <summary>
/// One storage source (the disk's &lt;source&gt; or a &lt;backingStore&gt; level): where the bytes
/// live. <see cref="Type"/> is the disk/backingStore <c>type</c> attribute.
/// </summary>
public sealed record DiskSource
{
    /// <summary><c>file</c>, <c>block</c>, <c>dir</c>, <c>network</c>, <c>volume</c>, <c>nvme</c>, <c>vhostuser</c>.</summary>
    public required string Type { get; init; }

    /// <summary>file=, dev= or dir= path, or the network source's name=.</summary>
    public string? Path { get; init; }

    /// <summary>Network protocol (nbd, iscsi, rbd, gluster, http, https, ftp, ssh, nfs...).</summary>
    public string? Protocol { get; init; }

    public string? Query { get; init; }

    public string? Tls { get; init; }

    public string? TlsHostname { get; init; }

    public EquatableArray<NetworkHost> Hosts { get; init; } = EquatableArray<NetworkHost>.Empty;

    /// <summary>The format of this level (backing levels carry their own &lt;format&gt;).</summary>
    public string? Format { get; init; }

    /// <summary>A backing level's &lt;format&gt;&lt;metadata_cache&gt;&lt;max_size&gt; in bytes (the top level's is on the driver).</summary>
    public ulong? MetadataCacheMaxSize { get; init; }

    /// <summary>&lt;backingStore index=...&gt; or &lt;source index=...&gt;.</summary>
    public int? Index { get; init; }

    public string? StartupPolicy { get; init; }

    public string? Pool { get; init; }

    public string? Volume { get; init; }

    public string? VolumeMode { get; init; }

    public DiskAuth? Auth { get; init; }

    public DiskEncryption? Encryption { get; init; }

    /// <summary>&lt;slices&gt;&lt;slice type='storage' offset= size=&gt;.</summary>
    public DiskSlice? StorageSlice { get; init; }

    /// <summary>Protocol-specific settings of a network source (rbd snapshot, iSCSI initiator, HTTP cookies...).</summary>
    public NetworkSourceOptions Network { get; init; } = NetworkSourceOptions.None;

    /// <summary>&lt;source type='pci' managed= namespace=&gt;&lt;address .../&gt; of an NVMe disk.</summary>
    public NvmeSource? Nvme { get; init; }

    /// <summary>The fd group (passed in by the caller) a file source is opened from.</summary>
    public string? FdGroup { get; init; }

    /// <summary>vhostuser: &lt;reconnect enabled='yes' timeout=...&gt; seconds.</summary>
    public int? ReconnectTimeout { get; init; }

    /// <summary>&lt;reservations managed=...&gt; (persistent reservations via qemu-pr-helper).</summary>
    public bool? ReservationsManaged { get; init; }

    /// <summary>True when the source carries no storage (an empty cdrom or floppy drive).</summary>
    public bool IsEmpty => Type switch
    {
        "file" or "block" or "dir" => Path is null,
        "network" => Protocol is null,
        "volume" => Pool is null,
        "nvme" => Nvme is null,
        _ => false,
    };

    /// <summary>Everything else under &lt;source&gt; (cookies, readahead, timeout, reservations, seclabel, nvme address...).</summary>
    public EquatableArray<GenericNode> Extra { get; init; } = EquatableArray<GenericNode>.Empty;

    /// <summary>Attributes of &lt;source&gt; no typed field covers (kept in order for the writer).</summary>
    public EquatableArray<Attr> ExtraAttributes { get; init; } = EquatableArray<Attr>.Empty;
}

/// <summary>A &lt;host name= port= transport= socket=&gt; of a network source.</summary>
public sealed record NetworkHost(string? Name, string? Port, string? Transport, string? Socket);

/// <summary>&lt;auth username=...&gt;&lt;secret type= usage=|uuid=&gt;.</summary>
public sealed record DiskAuth(string? Username, string? SecretType, string? SecretUsage, string? SecretUuid);

/// <summary>&lt;encryption format='luks|qcow' engine=...&gt; with its secret.</summary>
public sealed record DiskEncryption(string Format, string? Engine, string? SecretType, string? SecretUuid, string? SecretUsage)
{
    /// <summary>&lt;cipher&gt;/&lt;ivgen&gt; given: only meaningful when creating a volume, not for a domain disk.</summary>
    public bool HasCipherSpec { get; init; }
}

public sealed record DiskSlice(ulong Offset, ulong Size);

/// <summary>&lt;geometry cyls= heads= secs= trans=&gt;.</summary>
public sealed record DiskGeometry(int? Cylinders, int? Heads, int? Sectors, string? Trans);
