namespace Qconv.Compiler.Ir;

/// <summary>
/// The &lt;source&gt; of a SCSI host device: either a LUN of a host adapter
/// (&lt;adapter name='scsi_hostN'/&gt;&lt;address bus= target= unit=/&gt;) or an iSCSI LUN reached
/// over the network (<c>protocol='iscsi'</c>, kept as a network <see cref="DiskSource"/> with its hosts,
/// auth and initiator, as libvirt shares virStorageSource between the two).
/// </summary>
public sealed record HostdevScsiSource
{
    public string? Adapter { get; init; }

    public int Bus { get; init; }

    public int Target { get; init; }

    public ulong Unit { get; init; }

    /// <summary>The iSCSI LUN (<c>protocol='iscsi'</c>); null for a host adapter's LUN.</summary>
    public DiskSource? Iscsi { get; init; }
}
