using Qconv.Compiler.Host;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Native.Emitters.Storage;

/// <summary>
/// Resolves <c>&lt;disk type='volume'&gt;</c> sources against the host's storage pools when the guest
/// starts (libvirt's virDomainDiskTranslateSourcePool, called from qemuProcessPrepareDomainStorage), so
/// the domain XML keeps pool/volume while QEMU gets the actual storage. A volume of a local pool becomes
/// its file, directory or block device; a volume of an iSCSI pool is the host's block device
/// (<c>mode='host'</c>, the default) or a direct iSCSI connection to the pool's target
/// (<c>mode='direct'</c>) with the pool's credentials. Any path, hosts or auth the disk itself carried are
/// dropped: the pool is the only authority (https://libvirt.org/formatdomain.html#hard-drives-floppy-disks-cdroms).
/// </summary>
public static class VolumeSource
{
    /// <summary>libvirt's default iSCSI port, used when the pool's host has none.</summary>
    private const int IscsiPort = 3260;

    /// <summary>The disk with every volume level translated; null (after an error) when a level cannot be.</summary>
    public static Disk? Translate(EmitContext ctx, Disk disk)
    {
        if (disk.Source.Type != "volume" && disk.BackingStore.All(b => b.Type != "volume"))
        {
            return disk;
        }

        if (TranslateOne(ctx, disk, disk.Source) is not { } top)
        {
            return null;
        }

        var backing = new List<DiskSource>();
        foreach (var level in disk.BackingStore)
        {
            if (TranslateOne(ctx, disk, level) is not { } translated)
            {
                return null;
            }

            backing.Add(translated);
        }

        return disk with { Source = top, BackingStore = new EquatableArray<DiskSource>(backing) };
    }

    private static DiskSource? TranslateOne(EmitContext ctx, Disk disk, DiskSource src)
    {
        if (src.Type != "volume" || src.Pool is not { } poolName || src.Volume is not { } volumeName)
        {
            return src;
        }

        if (ctx.Host.StoragePool(poolName) is not { } pool)
        {
            return Fail(ctx, disk, $"no storage pool with matching name '{poolName}'");
        }

        if (!pool.Active)
        {
            return Fail(ctx, disk, $"storage pool '{poolName}' containing volume '{volumeName}' is not active");
        }

        if (ctx.Host.StorageVolume(poolName, volumeName) is not { } volume)
        {
            return Fail(ctx, disk, $"no storage vol with matching name '{volumeName}'");
        }

        if (src.VolumeMode is not null && pool.Type != "iscsi")
        {
            return Fail(ctx, disk, "disk source mode is only valid when storage pool is of iscsi type");
        }

        var cleared = src with { Path = null, Hosts = EquatableArray<NetworkHost>.Empty, Auth = null };
        switch (pool.Type)
        {
            case "dir" or "fs" or "netfs" or "logical" or "disk" or "scsi" or "zfs" or "vstorage":
                if (src.StartupPolicy is not null && volume.Type != "file")
                {
                    return Fail(ctx, disk, "'startupPolicy' is only valid for 'file' type volume");
                }

                return volume.Type switch
                {
                    "file" or "ploop" => cleared with { Type = "file", Path = volume.Path },
                    "dir" => cleared with { Type = "dir", Path = volume.Path },
                    "block" => cleared with { Type = "block", Path = volume.Path },
                    _ => Fail(ctx, disk, $"unexpected storage volume type '{volume.Type}' for storage pool type '{pool.Type}'"),
                };
            case "iscsi":
                if (src.StartupPolicy is not null)
                {
                    return Fail(ctx, disk, "'startupPolicy' is only valid for 'file' type volume");
                }

                return src.VolumeMode == "direct" ? IscsiDirect(ctx, disk, cleared, pool, volumeName) : cleared with { Type = "block", Path = volume.Path };
            default:
                return Fail(ctx, disk, $"using '{pool.Type}' pools for backing 'volume' disks isn't yet supported");
        }
    }

    /// <summary>
    /// A direct connection to the LUN behind an iSCSI pool's volume: the pool's first host over TCP, the
    /// pool's target with the LUN from the volume name (<c>unit:0:0:LUN</c>), and the pool's CHAP login.
    /// </summary>
    private static DiskSource? IscsiDirect(EmitContext ctx, Disk disk, DiskSource src, StoragePoolInfo pool, string volumeName)
    {
        if (pool.Hosts.Count != 1)
        {
            return Fail(ctx, disk, "Expected exactly 1 host for the storage pool");
        }

        var tokens = volumeName.Split(':');
        if (tokens.Length != 4 || pool.DevicePaths.Count == 0)
        {
            return Fail(ctx, disk, $"unexpected iscsi volume name '{volumeName}'");
        }

        var host = pool.Hosts[0];
        var port = (host.Port ?? IscsiPort).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return src with
        {
            Type = "network",
            Protocol = "iscsi",
            Path = $"{pool.DevicePaths[0]}/{tokens[3]}",
            Hosts = new EquatableArray<NetworkHost>([new NetworkHost(host.Name, port, "tcp", null)]),
            Auth = pool.Auth is { } a ? new DiskAuth(a.Username, "iscsi", a.SecretUsage, a.SecretUuid) : null,
        };
    }

    private static DiskSource? Fail(EmitContext ctx, Disk disk, string message)
    {
        ctx.Error("QC0471", disk.Info, message);
        return null;
    }
}
