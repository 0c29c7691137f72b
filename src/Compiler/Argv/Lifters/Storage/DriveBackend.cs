using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Storage;

/// <summary>
/// The storage half of a disk, defined without a frontend (<c>-drive if=none,id=X</c> or a
/// <c>-blockdev</c> chain) and completed by the <c>-device</c> that names it.
/// </summary>
public sealed record DriveBackend(DiskSource? Source, DiskDriver Driver, bool ReadOnly, string? Serial, bool CdromMedia)
{
    public EquatableArray<DiskSource> BackingStore { get; init; } = EquatableArray<DiskSource>.Empty;

    /// <summary>The chain ends explicitly below its last image (<c>"backing": null</c>).</summary>
    public bool BackingStoreTerminated { get; init; }

    /// <summary>
    /// A <c>-blockdev</c> node's <c>cache</c> object (direct, no-flush): with the frontend's write-cache it
    /// gives back the disk's cache mode. Null when the chain sets none (libvirt's default mode).
    /// </summary>
    public (bool Direct, bool NoFlush)? CacheFlags { get; init; }
}
