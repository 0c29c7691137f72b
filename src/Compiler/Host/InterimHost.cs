namespace Qconv.Compiler.Host;

// INTERIM: host facts the first emitters need; replaced when the caps branch merges.
public interface IHost
{
    int DomainId { get; }

    string LibDir(string domainName);

    int MonitorFd { get; }

    IReadOnlyList<KeyValuePair<string, string>> BaseEnvironment(string domainName);

    /// <summary>n bytes from the host's random source (master key, secret IVs).</summary>
    byte[] RandomBytes(int n);

    /// <summary>The value of a libvirt secret, looked up by UUID or by usage (null = no such secret).</summary>
    byte[]? SecretValue(string? uuid, string? usageType, string? usage);

    /// <summary>Whether a host block device is a CD-ROM drive (then QEMU's host_cdrom driver is used).</summary>
    bool IsCdrom(string path);

    /// <summary>Resolves a user name or <c>+uid</c> to a uid (null = unknown user).</summary>
    long? UserId(string user);

    /// <summary>Resolves a group name or <c>+gid</c> to a gid (null = unknown group).</summary>
    long? GroupId(string group);
}

public sealed class LibvirtTestHost : IHost
{
    public int DomainId => -1;

    public int MonitorFd => 1729;

    public string LibDir(string domainName) => $"/tmp/lib/domain-{DomainId}-{domainName}";

    /// <summary>The harness's fake random source: byte i has the value i.</summary>
    public byte[] RandomBytes(int n) => [.. Enumerable.Range(0, n).Select(i => (byte)i)];

    /// <summary>The harness's fake secret driver returns the same value for every secret.</summary>
    public byte[]? SecretValue(string? uuid, string? usageType, string? usage) => "AQCVn5hO6HzFAhAAq0NCv8jtJcIcE+HOBlMQ1A"u8.ToArray();

    /// <summary>The harness reports paths under /dev/cdrom as CD-ROM drives.</summary>
    public bool IsCdrom(string path) => path.StartsWith("/dev/cdrom", StringComparison.Ordinal);

    public long? UserId(string user) => ParseId(user);

    public long? GroupId(string group) => ParseId(group);

    private static long? ParseId(string name) =>
        name.StartsWith('+') && long.TryParse(name.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

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
