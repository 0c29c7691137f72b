using Qconv.Compiler.Argv.Lifters.Secrets;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Storage;

/// <summary>
/// Follows a <c>-blockdev</c> chain from the node a device names: format nodes (raw, qcow2...)
/// point with <c>file</c> to a protocol node (file, host_device, host_cdrom) and with <c>backing</c>
/// to the next format node down (libvirt's qemuBlockStorageSourceGetBackendProps in reverse).
/// </summary>
public static class BlockdevChain
{
    private static readonly HashSet<string> Protocols = ["file", "host_device", "host_cdrom", "vvfat"];

    public static DriveBackend Resolve(Backend top, LiftContext ctx)
    {
        var levels = new List<(DiskSource Source, string? Format)>();

        // libvirt puts a copy-on-read filter above the disk's chain for <driver copy_on_read='on'>.
        var copyOnRead = false;
        if (top.Properties.GetString("driver") == "copy-on-read" && top.Properties.GetString("file") is { } filtered)
        {
            top.Used = true;
            copyOnRead = true;
            top = ctx.Resolve("blockdev", filtered, top.Properties.Get("file")!.Span) ?? top;
        }

        var readOnly = top.Properties.GetBool("read-only") == true;
        var terminated = false;
        var node = top;
        for (var depth = 0; node is not null && depth < 64; depth++)
        {
            node.Used = true;
            var p = node.Properties;
            var driver = p.GetString("driver") ?? string.Empty;
            if (Protocols.Contains(driver) || NetworkStorage.Drivers.Contains(driver) || p.Contains("filename"))
            {
                SecretObjects.UseTlsCredentials(ctx, p);
                levels.Add((Storage(p, ctx), null));
                break;
            }

            var storage = p.GetString("file") is { } file ? ctx.Resolve("blockdev", file, p.Get("file")!.Span) : null;
            DiskSlice? slice = null;
            if (storage is not null)
            {
                (storage, slice) = StorageSlices.Below(storage, ctx);
                storage.Used = true;
                SecretObjects.UseTlsCredentials(ctx, storage.Properties);
            }

            var source = storage is null ? new DiskSource { Type = "file" } : Storage(storage.Properties, ctx);
            source = source with { StorageSlice = slice ?? StorageSlices.Of(p) };
            if (levels.Count > 0 && p.GetInt64("cache-size") is { } cacheSize)
            {
                // A backing image's qcow2 metadata cache is its own (the top one's is the disk driver's).
                source = source with { MetadataCacheMaxSize = (ulong)cacheSize };
            }

            (source, driver) = StorageSecrets.WithEncryption(ctx, p, source, driver);
            levels.Add((source, source.Type == "dir" && driver == "raw" ? "fat" : driver));

            // "backing": null says the chain ends here (<backingStore/> in the XML).
            terminated = p.Get("backing") is NullValue;
            node = p.GetString("backing") is { } backing ? ctx.Resolve("blockdev", backing, p.Get("backing")!.Span) : null;
        }

        var topFormat = levels.Count > 0 ? levels[0].Format : null;
        var driverSettings = topFormat is null ? new DiskDriver() : new DiskDriver { Name = "qemu", Format = topFormat };

        // The protocol node of the top image carries aio= and the cache flags (qemuBlockStorageSourceGetBackendProps).
        var protocol = ProtocolNode(top, ctx);
        var format = topFormat is null ? null : top.Properties;
        driverSettings = driverSettings with
        {
            Io = protocol?.GetString("aio"),
            CopyOnRead = copyOnRead ? "on" : null,
            Discard = format?.GetString("discard"),
            DetectZeroes = format?.GetString("detect-zeroes"),
            MetadataCacheMaxSize = format?.GetInt64("cache-size") is { } cs ? (ulong)cs : null,
        };
        (bool, bool)? cacheFlags = protocol?.GetObject("cache") is { } cache ? (cache.GetBool("direct") == true, cache.GetBool("no-flush") == true) : null;
        var backingStore = levels.Skip(1).Select(l => l.Source with { Format = l.Format }).ToEquatableArray();
        return new DriveBackend(levels.Count > 0 ? levels[0].Source : null, driverSettings, readOnly, null, false)
        {
            BackingStore = backingStore,
            BackingStoreTerminated = terminated,
            CacheFlags = cacheFlags,
        };
    }

    private static PropertyBag? ProtocolNode(Backend top, LiftContext ctx)
    {
        var p = top.Properties;
        return p.Contains("filename") || Protocols.Contains(p.GetString("driver") ?? string.Empty) || NetworkStorage.Drivers.Contains(p.GetString("driver") ?? string.Empty) ? p
            : p.GetString("file") is { } file && ctx.Find("blockdev", file) is { } below ? SliceTarget(below, ctx) : null;
    }

    // The protocol node under a slice node (which carries no aio= of its own).
    private static PropertyBag SliceTarget(Backend below, LiftContext ctx) =>
        StorageSlices.Of(below.Properties) is not null && below.Properties.GetString("file") is { } inner && ctx.Find("blockdev", inner) is { } storage
            ? storage.Properties
            : below.Properties;

    private static DiskSource Storage(PropertyBag p, LiftContext ctx) => StorageSecrets.WithAuth(ctx, p, NetworkStorage.Read(p) ?? p.GetString("driver") switch
    {
        "vvfat" => new DiskSource { Type = "dir", Path = p.GetString("dir") },
        "host_device" or "host_cdrom" => new DiskSource { Type = "block", Path = p.GetString("filename") },
        _ => FdGroupSource.Apply(new DiskSource { Type = "file", Path = p.GetString("filename") }, ctx),
    });
}
