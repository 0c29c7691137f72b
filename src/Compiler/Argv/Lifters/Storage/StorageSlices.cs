using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Storage;

/// <summary>
/// &lt;slices&gt;&lt;slice type='storage' offset= size=/&gt; on the command line: libvirt exposes only part of
/// the storage, either with offset/size on a raw format node itself or, when another format (or LUKS)
/// sits on top, through a separate raw node between the format node and its storage
/// (qemuBlockStorageSourceGetBlockdevStorageSliceProps, node name "...-slice-sto").
/// </summary>
public static class StorageSlices
{
    /// <summary>The slice a raw node carries (offset= and size=), or null.</summary>
    public static DiskSlice? Of(PropertyBag p) =>
        p.GetString("driver") == "raw" && p.GetInt64("offset") is { } offset && p.GetInt64("size") is { } size && offset >= 0 && size >= 0
            ? new DiskSlice((ulong)offset, (ulong)size)
            : null;

    /// <summary>
    /// Below a format node: when its <c>file</c> is a slice node, the storage node under it and the
    /// slice; otherwise the node itself and no slice.
    /// </summary>
    public static (Backend Storage, DiskSlice? Slice) Below(Backend file, LiftContext ctx)
    {
        var p = file.Properties;
        if (Of(p) is not { } slice || p.Contains("filename") || p.GetString("file") is not { } inner
            || ctx.Resolve("blockdev", inner, p.Get("file")!.Span) is not { } storage)
        {
            return (file, null);
        }

        file.Used = true;
        return (storage, slice);
    }
}
