using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters.Storage;

/// <summary>
/// The protocol ("storage") node of one chain level (qemuBlockStorageSourceGetBackendProps): the
/// driver-specific part (local file, NBD, iSCSI...), then the node name, cache flags,
/// <c>auto-read-only</c> and <c>discard</c>, as in QEMU's BlockdevOptions.
/// </summary>
public static class StorageNodeProps
{
    public static JsonProps? Build(EmitContext ctx, Disk disk, StorageLevel level) => Build(ctx, level, disk.DeviceKind, disk.Driver.Cache);

    /// <summary>As above for storage that is not a disk's (the firmware's pflash units): the device kind and cache mode given directly.</summary>
    public static JsonProps? Build(EmitContext ctx, StorageLevel level, string deviceKind, string? cacheMode)
    {
        var src = level.Source;
        var props = src.Type switch
        {
            "file" => LocalFile(level, src.FdGroup is null ? src.Path! : $"/dev/fdset/{level.FdSet}", "file"),
            "block" => LocalFile(level, src.Path!, deviceKind == "cdrom" && ctx.Host.IsCdromDevice(src.Path!) ? "host_cdrom" : "host_device"),
            "dir" => new JsonProps().Add("driver", "vvfat").Add("dir", src.Path!).Add("floppy", deviceKind == "floppy").Add("rw", !level.ReadOnly),
            "network" => NetworkStorageProps.Build(ctx, level),
            "nvme" => new JsonProps()
                .Add("driver", "nvme")
                .Add("device", $"{src.Nvme!.Address.Domain:x4}:{src.Nvme.Address.Bus:x2}:{src.Nvme.Address.Slot:x2}.{src.Nvme.Address.Function:x}")
                .Add("namespace", src.Nvme.Namespace),
            _ => null,
        };
        if (props is null)
        {
            return null;
        }

        props.Add("node-name", level.StorageNode);
        if (CacheMode.Of(cacheMode) is { } cache)
        {
            props.Add("cache", cache.ToProps());
        }

        // A descriptor passed in read-write cannot be reopened, so libvirt opens it with its final mode.
        if (level.FdSetSize == 1)
        {
            props.Add("read-only", level.ReadOnly);
        }
        else
        {
            props.Add("auto-read-only", true);
        }

        props.Add("discard", "unmap");
        return props;
    }

    private static JsonProps LocalFile(StorageLevel level, string path, string driver)
    {
        var props = new JsonProps().Add("driver", driver).Add("filename", path);
        props.AddIfNotNull("aio", level.Io);
        return props;
    }

    /// <summary>
    /// The raw node that exposes only a slice of the storage (&lt;slices&gt;&lt;slice type='storage'&gt;),
    /// inserted between storage and format when the format node cannot carry offset/size itself.
    /// </summary>
    public static JsonProps SliceNode(Disk disk, StorageLevel level, DiskSlice slice)
    {
        var props = new JsonProps()
            .Add("driver", "raw")
            .Add("node-name", level.SliceNode)
            .Add("offset", slice.Offset)
            .Add("size", slice.Size)
            .Add("file", level.StorageNode)
            .Add("auto-read-only", true)
            .Add("discard", "unmap");
        if (CacheMode.Of(disk.Driver.Cache) is { } cache)
        {
            props.Add("cache", cache.ToProps());
        }

        return props;
    }
}
