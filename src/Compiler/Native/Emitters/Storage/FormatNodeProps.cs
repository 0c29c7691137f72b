using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters.Storage;

/// <summary>
/// The format node of one chain level (qemuBlockStorageSourceGetBlockdevFormatProps): common
/// properties (read-only, discard, detect-zeroes, cache), the format driver with its options
/// (encryption, slice, qcow2 metadata cache), the storage node it reads and its backing node.
/// </summary>
public static class FormatNodeProps
{
    /// <summary>Formats that can have a backing file (virStorageFileFormat after VIR_STORAGE_FILE_BACKING).</summary>
    public static bool SupportsBacking(string format) => format is "cow" or "qcow" or "qcow2" or "qed" or "vmdk";

    /// <param name="backing">The node below, or null for none; <paramref name="terminated"/> says the chain explicitly ends here.</param>
    public static JsonProps Build(Disk disk, StorageLevel level, string? backing, bool terminated)
    {
        var props = new JsonProps().Add("node-name", level.FormatNode).Add("read-only", level.ReadOnly);
        props.AddIfNotNull("discard", disk.Driver.Discard);
        if (level.IsTop && DetectZeroes(disk) is { } dz)
        {
            props.Add("detect-zeroes", dz);
        }

        if (CacheMode.Of(disk.Driver.Cache) is { } cache)
        {
            props.Add("cache", cache.ToProps());
        }

        var src = level.Source;
        switch (level.Format)
        {
            case "raw" when level.HasQemuEncryption:
                props.Add("driver", "luks").Add("key-secret", level.EncryptionSecretAlias!);
                break;
            case "raw" or "fat":
                props.Add("driver", "raw");
                if (!level.NeedsSliceNode && src.StorageSlice is { } slice)
                {
                    props.Add("offset", slice.Offset).Add("size", slice.Size);
                }

                break;
            case "qcow2" or "qcow":
                props.Add("driver", level.Format);
                if (level.HasQemuEncryption)
                {
                    var format = src.Encryption!.Format == "qcow" ? "aes" : src.Encryption.Format;
                    props.Add("encrypt", new JsonProps().Add("format", format).Add("key-secret", level.EncryptionSecretAlias!));
                }

                if ((level.IsTop ? disk.Driver.MetadataCacheMaxSize : src.MetadataCacheMaxSize) is { } cacheSize)
                {
                    props.Add("cache-size", cacheSize);
                }

                break;
            default:
                props.Add("driver", level.Format);
                break;
        }

        props.Add("file", level.FormatFile);
        if (SupportsBacking(level.Format))
        {
            if (backing is not null)
            {
                props.Add("backing", backing);
            }
            else if (terminated)
            {
                props.AddNull("backing");
            }
        }

        return props;
    }

    /// <summary>detect_zeroes='unmap' only means unmap when discard='unmap' too (virDomainDiskGetDetectZeroesMode).</summary>
    private static string? DetectZeroes(Disk disk) =>
        disk.Driver.DetectZeroes == "unmap" && disk.Driver.Discard != "unmap" ? "on" : disk.Driver.DetectZeroes;
}
