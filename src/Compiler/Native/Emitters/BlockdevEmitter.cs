using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// The <c>-blockdev</c> chain of one disk (qemuBuildDiskSourceCommandLine): for each level from
/// the bottom of the backing chain up, a protocol ("storage") node and a format node.
/// </summary>
public static class BlockdevEmitter
{
    public static bool HasStorage(DiskSource source) => source.Type is "file" or "block" && source.Path is not null;

    /// <summary>Emits the chain and returns the node name the device's <c>drive</c> refers to.</summary>
    public static string? Emit(EmitContext ctx, Disk disk, BlockNodeNames names)
    {
        if (disk.Source is null || names.Index(disk, 0) is null)
        {
            return null;
        }

        var levels = new List<DiskSource> { disk.Source };
        levels.AddRange(disk.BackingStore);
        string? below = null;
        for (var level = levels.Count - 1; level >= 0; level--)
        {
            var idx = names.Index(disk, level);
            if (idx is null)
            {
                continue;
            }

            var src = levels[level];
            var storage = $"libvirt-{idx}-storage";
            var format = $"libvirt-{idx}-format";
            var isTop = level == 0;
            ctx.Add("-blockdev", StorageProps(disk, src, storage));
            var fmt = new JsonProps()
                .Add("node-name", format)
                .Add("read-only", !isTop || disk.ReadOnly || disk.DeviceKind == "cdrom")
                .Add("driver", (isTop ? disk.Driver.Format : src.Format) ?? "raw")
                .Add("file", storage);
            if (below is not null)
            {
                fmt.Add("backing", below);
            }

            ctx.Add("-blockdev", fmt);
            below = format;
        }

        return below;
    }

    private static JsonProps StorageProps(Disk disk, DiskSource src, string nodeName)
    {
        var driver = src.Type switch
        {
            "block" => disk.DeviceKind == "cdrom" ? "host_cdrom" : "host_device",
            _ => "file",
        };
        return new JsonProps()
            .Add("driver", driver)
            .Add("filename", src.Path!)
            .Add("node-name", nodeName)
            .Add("auto-read-only", true)
            .Add("discard", "unmap");
    }
}
