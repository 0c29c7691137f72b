namespace Qconv.Compiler.Host;

// INTERIM: host facts the first emitters need; replaced when the caps branch merges.
public interface IHost
{
    int DomainId { get; }

    string LibDir(string domainName);

    int MonitorFd { get; }

    IReadOnlyList<KeyValuePair<string, string>> BaseEnvironment(string domainName);
}

public sealed class LibvirtTestHost : IHost
{
    public int DomainId => -1;

    public int MonitorFd => 1729;

    public string LibDir(string domainName) => $"/tmp/lib/domain-{DomainId}-{domainName}";

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
