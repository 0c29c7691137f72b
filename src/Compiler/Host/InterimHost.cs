namespace Qconv.Compiler.Host;

// INTERIM: host facts the first emitters need; replaced when the caps branch merges.
public interface IHost
{
    int DomainId { get; }

    string LibDir(string domainName);

    int MonitorFd { get; }

    IReadOnlyList<KeyValuePair<string, string>> BaseEnvironment(string domainName);

    /// <summary>Random bytes (libvirt's virRandomBytes); the test host returns 0, 1, 2, ...</summary>
    byte[] RandomBytes(int count);

    /// <summary>The user's configuration directory ($XDG_CONFIG_HOME), searched for firmware descriptors.</summary>
    string UserConfigDir { get; }

    /// <summary>Names of the regular files in a host directory (empty when it does not exist).</summary>
    IReadOnlyList<string> ListDirectory(string path);

    /// <summary>A host text file's content, or null when it does not exist.</summary>
    string? ReadTextFile(string path);

    /// <summary>Mounted hugetlbfs file systems with their page size in KiB (virFileFindHugeTLBFS).</summary>
    IReadOnlyList<HugetlbfsMount> HugetlbfsMounts { get; }

    /// <summary>The system's default huge page size in KiB (Hugepagesize in /proc/meminfo).</summary>
    ulong DefaultHugepageSizeKiB { get; }

    /// <summary>The system page size in KiB.</summary>
    ulong SystemPageSizeKiB { get; }

    /// <summary>The highest host NUMA node number memory may be bound to.</summary>
    int MaxNumaNode { get; }

    /// <summary>Opens a host file to pass to QEMU and returns the descriptor number.</summary>
    int OpenFd(string path);

    /// <summary>The UNIX socket of the swtpm instance libvirt starts for a guest ("-1-name").</summary>
    string SwtpmSocketPath(string shortName);
}

public sealed record HugetlbfsMount(string Path, ulong PageSizeKiB, bool IsDefault);

/// <summary>
/// The host libvirt's test suite fakes (tests/testutilsqemu.c, qemuxml2argvmock.c). Files under
/// /etc/qemu, /usr/share/qemu and the user's config dir are served from <see cref="DataRoot"/>
/// (the corpus harness data), the way the harness maps them.
/// </summary>
public sealed class LibvirtTestHost(string? dataRoot = null) : IHost
{
    public string? DataRoot { get; } = dataRoot;

    public string UserConfigDir => "/home/user/.config";

    public IReadOnlyList<HugetlbfsMount> HugetlbfsMounts { get; } =
        [new("/dev/hugepages2M", 2048, true), new("/dev/hugepages1G", 1048576, false)];

    public ulong DefaultHugepageSizeKiB => 2048;

    public ulong SystemPageSizeKiB => 4;

    public int MaxNumaNode => 7;

    private int _nextFd = 1730;

    /// <summary>The harness hands out descriptors after the monitor's 1729.</summary>
    public int OpenFd(string path) => _nextFd++;

    /// <summary>The harness's swtpm is reached at /dev/test.</summary>
    public string SwtpmSocketPath(string shortName) => "/dev/test";

    public IReadOnlyList<string> ListDirectory(string path) =>
        Mapped(path) is { } dir && Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList()
            : [];

    public string? ReadTextFile(string path) => Mapped(path) is { } f && File.Exists(f) ? File.ReadAllText(f) : null;

    public int DomainId => -1;

    public int MonitorFd => 1729;

    public string LibDir(string domainName) => $"/tmp/lib/domain-{DomainId}-{domainName}";

    public byte[] RandomBytes(int count) => Enumerable.Range(0, count).Select(i => (byte)i).ToArray();

    private string? Mapped(string path) => DataRoot is null || !path.StartsWith('/') ? null : Path.Combine(DataRoot, path[1..]);

    public IReadOnlyList<KeyValuePair<string, string>> BaseEnvironment(string domainName)
    {
        var home = LibDir(domainName);
        return
        [
            new("LC_ALL", "C"), new("PATH", "/bin"), new("HOME", home), new("USER", "test"), new("LOGNAME", "test"),
            new("XDG_DATA_HOME", home + "/.local/share"), new("XDG_CACHE_HOME", home + "/.cache"), new("XDG_CONFIG_HOME", home + "/.config"),
        ];
    }
}
