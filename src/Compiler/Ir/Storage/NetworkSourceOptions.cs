namespace Qconv.Compiler.Ir;

/// <summary>
/// Children of a network disk &lt;source&gt; that only some protocols use
/// (https://libvirt.org/formatdomain.html#hard-drives-floppy-disks-cdroms).
/// </summary>
public sealed record NetworkSourceOptions
{
    public static NetworkSourceOptions None { get; } = new();

    /// <summary>rbd: &lt;snapshot name=...&gt;.</summary>
    public string? Snapshot { get; init; }

    /// <summary>rbd: &lt;config file=...&gt;.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>iSCSI: &lt;initiator&gt;&lt;iqn name=...&gt;.</summary>
    public string? InitiatorIqn { get; init; }

    /// <summary>http(s)/ftp(s): &lt;cookies&gt;&lt;cookie name=...&gt;value.</summary>
    public EquatableArray<Attr> Cookies { get; init; } = EquatableArray<Attr>.Empty;

    /// <summary>https/ftps: &lt;ssl verify=yes|no&gt;.</summary>
    public bool? SslVerify { get; init; }

    /// <summary>curl protocols: &lt;readahead size=...&gt; in bytes.</summary>
    public ulong? Readahead { get; init; }

    /// <summary>curl protocols: &lt;timeout seconds=...&gt;.</summary>
    public ulong? Timeout { get; init; }

    /// <summary>nbd: &lt;reconnect delay=...&gt; in seconds.</summary>
    public int? ReconnectDelay { get; init; }

    /// <summary>nfs: &lt;identity user= group=&gt; (names or +uid/+gid).</summary>
    public string? IdentityUser { get; init; }

    public string? IdentityGroup { get; init; }

    /// <summary>ssh: &lt;knownHosts path=...&gt;.</summary>
    public string? KnownHosts { get; init; }
}
