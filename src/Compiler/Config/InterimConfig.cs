namespace Qconv.Compiler.Config;

// INTERIM: the few qemu.conf settings the first emitters need; replaced when the caps branch
// (full qemu.conf reader with libvirt's defaults) merges.
public sealed record DriverConfig
{
    public bool DumpGuestCore { get; init; }

    public int SeccompSandbox { get; init; } = 1;

    public bool NographicsAllowHostAudio { get; init; }

    public string MemoryBackingDir { get; init; } = "/var/lib/libvirt/qemu/ram";

    public string NvramDir { get; init; } = "/var/lib/libvirt/qemu/nvram";

    /// <summary>qemu.conf hugetlbfs_mount; empty means "use the host's mounted hugetlbfs file systems".</summary>
    public IReadOnlyList<string> HugetlbfsMount { get; init; } = [];
}
