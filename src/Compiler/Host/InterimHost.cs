namespace Qconv.Compiler.Host;

// INTERIM: host facts the first emitters need; replaced when the caps branch merges.
public interface IHost
{
    int DomainId { get; }

    string LibDir(string domainName);

    int MonitorFd { get; }

    IReadOnlyList<KeyValuePair<string, string>> BaseEnvironment(string domainName);

    /// <summary>Pre-opened fd of a listening UNIX chardev socket (libvirt passes it as <c>fd=N</c>).</summary>
    int ListenSocketFd { get; }

    /// <summary>fds of an opened file chardev source and of a chardev log file (passed with -add-fd).</summary>
    int ChardevFileFd { get; }

    int ChardevLogFd { get; }

    /// <summary>fd of an opened vhost-vdpa device.</summary>
    int VdpaFd { get; }

    /// <summary>The i-th tap fd / vhost-net fd of a tap-based interface.</summary>
    int TapFd(int queue);

    int VhostNetFd(int queue);

    /// <summary>vhost-vsock fd and the guest CID picked for &lt;cid auto='yes'&gt;.</summary>
    int VsockFd { get; }

    int AutoVsockCid { get; }

    /// <summary><paramref name="bits"/> random bits (virRandomBits), e.g. for generated MAC addresses.</summary>
    ulong RandomBits(int bits);

    /// <summary>Directory of passt sockets (libvirt's passtStateDir).</summary>
    string PasstStateDir { get; }

    /// <summary>Base directory of auto-generated virtio channel sockets (qemu.conf channel_target_dir).</summary>
    string ChannelTargetDir { get; }
}

public sealed class LibvirtTestHost : IHost
{
    public int DomainId => -1;

    public int MonitorFd => 1729;

    public string LibDir(string domainName) => $"/tmp/lib/domain-{DomainId}-{domainName}";

    // Values of libvirt's test harness (tests/testutilsqemu.c, qemuxml2argvmock.c).
    public int ListenSocketFd => 1729;

    public int ChardevFileFd => 1750;

    public int ChardevLogFd => 1751;

    public int VdpaFd => 1732;

    public int VsockFd => 6789;

    public int AutoVsockCid => 42;

    public string PasstStateDir => "/bad-test-used-env-xdg-runtime-dir/libvirt/qemu/run/passt";

    public string ChannelTargetDir => "/tmp/channel";

    public int TapFd(int queue) => 3 + queue;

    public int VhostNetFd(int queue) => 44 + queue;

    /// <summary>The mocked random source yields bytes 0,1,2,...: 64 bits are 0x0706050403020100.</summary>
    public ulong RandomBits(int bits) => bits >= 64 ? 0x0706050403020100UL : 0x0706050403020100UL & ((1UL << bits) - 1);

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
