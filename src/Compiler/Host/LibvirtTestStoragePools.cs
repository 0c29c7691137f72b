namespace Qconv.Compiler.Host;

/// <summary>
/// The fake storage driver of libvirt's QEMU test harness (tests/testutilsqemu.c): pools are the
/// definitions in tests/storagepoolxml2xmlout/NAME.xml (a pool exists only when its file does), the pool
/// named "inactive" exists but is not running, and volumes are made up from their names.
/// </summary>
internal static class LibvirtTestStoragePools
{
    private static readonly StoragePoolHost IscsiHost = new("iscsi.example.com", null);

    private static readonly StoragePoolAuth ChapAdmin = new("admin", "2ec115d7-3a88-3ceb-bc12-0ac909a6fd87", null);

    /// <summary>The harness's pool definitions: the iSCSI pools in full, the others by type (their volumes carry their own paths).</summary>
    private static readonly Dictionary<string, StoragePoolInfo> Pools = new(StringComparer.Ordinal)
    {
        ["pool-iscsi"] = Iscsi(null),
        ["pool-iscsi-auth"] = Iscsi(ChapAdmin),
        ["pool-iscsi-vendor-product"] = Iscsi(ChapAdmin),
        ["pool-iscsi-multiiqn"] = Iscsi(null),
        ["pool-dir"] = Local("dir"),
        ["pool-fs"] = Local("fs"),
        ["pool-netfs"] = Local("netfs"),
        ["pool-logical"] = Local("logical"),
        ["pool-disk"] = Local("disk"),
        ["pool-scsi"] = Local("scsi"),
        ["pool-mpath"] = Local("mpath"),
        ["pool-zfs"] = Local("zfs"),
        ["pool-vstorage"] = Local("vstorage"),
        ["inactive"] = Local("dir") with { Active = false },
    };

    /// <summary>virStorageVolType names, the only volume types virStorageVolGetInfo can report.</summary>
    private static readonly HashSet<string> VolumeTypes = new(["file", "block", "dir", "network", "netdir", "ploop"], StringComparer.Ordinal);

    public static StoragePoolInfo? Pool(string name) => Pools.GetValueOrDefault(name);

    /// <summary>
    /// fakeStorageVolLookupByName / GetInfo / GetPath: "nonexistent" does not exist; "TYPE+NAME" is a volume
    /// of that type, any other name a block volume; the path is <c>/some/TYPE/device/NAME</c>.
    /// </summary>
    public static StorageVolumeInfo? Volume(string pool, string volume)
    {
        if (Pool(pool) is not { Active: true } || volume == "nonexistent")
        {
            return null;
        }

        var plus = volume.IndexOf('+', StringComparison.Ordinal);
        var (type, name) = plus < 0 ? ("block", volume) : (volume[..plus], volume[(plus + 1)..]);
        return VolumeTypes.Contains(type) ? new StorageVolumeInfo(type, $"/some/{type}/device/{name}") : null;
    }

    private static StoragePoolInfo Iscsi(StoragePoolAuth? auth) => new("iscsi", true, [IscsiHost], ["demo-target"], auth);

    private static StoragePoolInfo Local(string type) => new(type, true, [], [], null);
}
