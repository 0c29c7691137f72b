namespace Qconv.Compiler.Host;

// INTERIM: host facts the first emitters need; replaced when the caps branch merges.
public interface IHost
{
    int DomainId { get; }

    string LibDir(string domainName);

    int MonitorFd { get; }

    IReadOnlyList<KeyValuePair<string, string>> BaseEnvironment(string domainName);

    /// <summary>A variable of libvirtd's own environment (QEMU_AUDIO_DRV, SDL_AUDIODRIVER), or null.</summary>
    string? DaemonEnvironment(string name);

    /// <summary>The host's first DRM render node (virHostGetDRMRenderNode), or null when it has none.</summary>
    string? DrmRenderNode();

    /// <summary>Random bytes (libvirt's virRandomBytes), e.g. the master key and secret IVs.</summary>
    byte[] RandomBytes(int count);

    /// <summary>The value of the libvirt secret with this UUID, or null when there is none.</summary>
    byte[]? SecretValue(string uuid);

    /// <summary>The descriptor of the socket connected to a vhost-user-gpu helper for one video device.</summary>
    int VhostUserGpuFd(string videoAlias);
}

public sealed class LibvirtTestHost : IHost
{
    public int DomainId => -1;

    public int MonitorFd => 1729;

    public string LibDir(string domainName) => $"/tmp/lib/domain-{DomainId}-{domainName}";

    public string? DaemonEnvironment(string name) => name == "SDL_AUDIODRIVER" ? "esd" : null;

    public string? DrmRenderNode() => "/dev/dri/foo";

    public int VhostUserGpuFd(string videoAlias) => 1729;

    /// <summary>The harness's fake random source: byte i has value i.</summary>
    public byte[] RandomBytes(int count) => Enumerable.Range(0, count).Select(i => (byte)i).ToArray();

    /// <summary>Every secret the harness looks up has the same value.</summary>
    public byte[]? SecretValue(string uuid) => "AQCVn5hO6HzFAhAAq0NCv8jtJcIcE+HOBlMQ1A"u8.ToArray();

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
