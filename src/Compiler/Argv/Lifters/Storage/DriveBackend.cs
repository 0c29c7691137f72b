using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Storage;

/// <summary>
/// The storage half of a disk, defined without a frontend (<c>-drive if=none,id=X</c> or a
/// <c>-blockdev</c> chain) and completed by the <c>-device</c> that names it.
/// </summary>
public sealed record DriveBackend(DiskSource? Source, DiskDriver Driver, bool ReadOnly, string? Serial, bool CdromMedia)
{
    public EquatableArray<DiskSource> BackingStore { get; init; } = EquatableArray<DiskSource>.Empty;
}
