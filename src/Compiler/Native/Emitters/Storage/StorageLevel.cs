using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Native.Emitters.Storage;

/// <summary>
/// One level of a disk's storage chain with everything its <c>-blockdev</c> nodes and helper
/// objects need: node names, the format, read-only state and the aliases of its secrets.
/// </summary>
public sealed record StorageLevel(DiskSource Source, int Index, bool IsTop)
{
    public required string Format { get; init; }

    public bool ReadOnly { get; init; }

    /// <summary>aio= for local files (the disk's io mode applies to the whole chain).</summary>
    public string? Io { get; init; }

    /// <summary>
    /// The node-name stem: <c>libvirt-N</c> for a disk's level N; the firmware's pflash units use
    /// <c>libvirt-pflashU</c> (qemuDomainInitializePflashStorageSource).
    /// </summary>
    public string? NodePrefix { get; init; }

    public string StorageNode => $"{NodePrefix ?? $"libvirt-{Index}"}-storage";

    public string FormatNode => $"{NodePrefix ?? $"libvirt-{Index}"}-format";

    public string SliceNode => $"{NodePrefix ?? $"libvirt-{Index}"}-slice-sto";

    /// <summary>The fdset number and size when the file comes from a passed-in fd group.</summary>
    public int FdSet { get; init; }

    public int FdSetSize { get; init; }

    public string? AuthSecretAlias { get; init; }

    public string? EncryptionSecretAlias { get; init; }

    public string? CookieSecretAlias { get; init; }

    public string? TlsAlias { get; init; }

    public string? TlsKeySecretAlias { get; init; }

    /// <summary>Whether the qcow2/luks format node decrypts with a libvirt secret.</summary>
    public bool HasQemuEncryption => EncryptionSecretAlias is not null;

    /// <summary>A raw format node can take the storage slice itself, unless it decrypts (then a separate raw node is needed).</summary>
    public bool NeedsSliceNode => Source.StorageSlice is not null && !(Format == "raw" && !HasQemuEncryption);

    /// <summary>The node the format layer reads from.</summary>
    public string FormatFile => NeedsSliceNode ? SliceNode : StorageNode;
}
