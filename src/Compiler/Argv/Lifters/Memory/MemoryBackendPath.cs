using System.Globalization;
using Qconv.Compiler.Argv.Lifters.Values;
using Qconv.Compiler.Native.Emitters;

namespace Qconv.Compiler.Argv.Lifters.Memory;

public enum MemoryBackendPathKind
{
    /// <summary>A file the user named (NVDIMM, virtio-pmem).</summary>
    User,

    /// <summary>libvirt's per-guest directory in a hugetlbfs mount: <c>MOUNT/libvirt/qemu/ID-NAME</c>.</summary>
    Hugetlbfs,

    /// <summary>libvirt's per-guest file under memory_backing_dir: <c>DIR/ID-NAME/ALIAS</c>.</summary>
    BackingDir,
}

/// <summary>What a mem-path is, and for a hugetlbfs mount the page size its name gives (null: unknown, the default size).</summary>
public sealed record MemoryBackendPath(MemoryBackendPathKind Kind, ulong? PageSizeKiB = null)
{
    /// <summary>
    /// Recognises the paths libvirt derives (qemuGetDomainHugepagePath, qemuGetMemoryBackingPath): both
    /// end in the guest's short name <c>ID-NAME</c> (<see cref="DomainShortName"/>), after
    /// <c>libvirt/qemu</c> in a hugetlbfs mount or followed by the backend's alias in memory_backing_dir.
    /// qemu.conf is not part of a command line, so a mount's page size is read from its name when it
    /// ends in one, as hugetlbfs mounts are conventionally named (<c>/dev/hugepages1G</c>).
    /// </summary>
    public static MemoryBackendPath Read(string path, string? domainName)
    {
        var parts = path.TrimEnd('/').Split('/');
        if (parts.Length >= 4 && parts[^3] == "libvirt" && parts[^2] == "qemu" && IsShortName(parts[^1], domainName))
        {
            return new MemoryBackendPath(MemoryBackendPathKind.Hugetlbfs, MountPageSizeKiB(parts[^4]));
        }

        return parts.Length >= 3 && parts[^1].Length > 0 && IsShortName(parts[^2], domainName)
            ? new MemoryBackendPath(MemoryBackendPathKind.BackingDir)
            : new MemoryBackendPath(MemoryBackendPathKind.User);
    }

    /// <summary><c>ID-NAME</c> with a numeric (possibly negative) domain id and the name cut to 20 characters.</summary>
    private static bool IsShortName(string segment, string? domainName)
    {
        var start = segment.StartsWith('-') ? 1 : 0;
        var dash = segment.IndexOf('-', start);
        if (dash <= start || !int.TryParse(segment.AsSpan(start, dash - start), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return false;
        }

        var name = segment[(dash + 1)..];
        return domainName is null ? name.Length > 0 : name == DomainShortName.Truncate(domainName);
    }

    /// <summary>The page size a mount's name ends in (<c>hugepages2M</c>, <c>hugepages1G</c>, <c>huge-64K</c>).</summary>
    private static ulong? MountPageSizeKiB(string mount)
    {
        // The trailing digits and their K/M/G suffix, read with QEMU's size syntax.
        if (mount.Length < 2 || "KMG".IndexOf(char.ToUpperInvariant(mount[^1]), StringComparison.Ordinal) < 0)
        {
            return null;
        }

        var digits = mount.Length - 1;
        while (digits > 0 && char.IsAsciiDigit(mount[digits - 1]))
        {
            digits--;
        }

        return digits < mount.Length - 1 && QemuSize.ParseBytes(mount[digits..]) is { } bytes and > 0 ? bytes / 1024 : null;
    }
}
