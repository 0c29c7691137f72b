using Qconv.Compiler.Argv.Lifters.Memory;
using Xunit;

namespace Qconv.Compiler.Tests.FromNative;

/// <summary>Recognising the memory backend paths libvirt derives (hugetlbfs per-guest dir, memory_backing_dir file).</summary>
public class MemoryBackendPathTests
{
    [Theory]
    [InlineData("/dev/hugepages2M/libvirt/qemu/-1-guest", 2048UL)]
    [InlineData("/dev/hugepages1G/libvirt/qemu/-1-guest/", 1048576UL)]
    [InlineData("/mnt/huge-64K/libvirt/qemu/7-guest", 64UL)]
    public void A_hugetlbfs_guest_dir_gives_the_page_size_its_mount_is_named_after(string path, ulong kib)
    {
        Assert.Equal(new MemoryBackendPath(MemoryBackendPathKind.Hugetlbfs, kib), MemoryBackendPath.Read(path, "guest"));
    }

    [Fact]
    public void A_mount_without_a_size_in_its_name_is_the_default_size()
    {
        Assert.Equal(new MemoryBackendPath(MemoryBackendPathKind.Hugetlbfs), MemoryBackendPath.Read("/dev/hugepages/libvirt/qemu/-1-guest", "guest"));
    }

    [Fact]
    public void The_short_name_is_the_domain_name_cut_to_20_characters()
    {
        Assert.Equal(MemoryBackendPathKind.Hugetlbfs, MemoryBackendPath.Read("/dev/hugepages2M/libvirt/qemu/-1-SomeDummyHugepagesGu", "SomeDummyHugepagesGuest").Kind);
        Assert.Equal(MemoryBackendPathKind.User, MemoryBackendPath.Read("/dev/hugepages2M/libvirt/qemu/-1-other", "SomeDummyHugepagesGuest").Kind);
    }

    [Theory]
    [InlineData("/var/lib/libvirt/qemu/ram/-1-guest/ram-node0", MemoryBackendPathKind.BackingDir)]
    [InlineData("/var/lib/libvirt/qemu/ram/-1-guest/dimm1", MemoryBackendPathKind.BackingDir)]
    [InlineData("/tmp/nvdimm", MemoryBackendPathKind.User)]
    [InlineData("/srv/guest/ram-node0", MemoryBackendPathKind.User)]
    public void Memory_backing_dir_files_are_told_from_user_files(string path, MemoryBackendPathKind kind)
    {
        Assert.Equal(kind, MemoryBackendPath.Read(path, "guest").Kind);
    }
}
