namespace Qconv.Compiler.Config;

/// <summary>
/// The QEMU driver configuration: what <c>/etc/libvirt/qemu.conf</c> says, with libvirt 9.0's defaults for a
/// privileged (system) daemon where the file is silent (libvirt's virQEMUDriverConfigNew and the
/// commented defaults of qemu.conf). Property names follow the qemu.conf keys
/// (<c>vnc_tls_x509_cert_dir</c> is <see cref="VncTlsX509CertDir"/>).
/// </summary>
/// <remarks>
/// Per-service TLS settings keep what the file said (null = not set); <see cref="ResolveTls"/> applies
/// libvirt's inheritance from the <c>default_tls_*</c> keys. The directory properties at the end are not
/// qemu.conf keys: libvirt derives them from its build paths, and they are here so one object carries
/// every path the command line can mention.
/// </remarks>
public sealed record DriverConfig
{
    /// <summary>The defaults alone (no qemu.conf).</summary>
    public static DriverConfig Default { get; } = new();

    // ---- TLS defaults (default_tls_*) ----
    public string DefaultTlsX509CertDir { get; init; } = "/etc/pki/qemu";

    /// <summary>Null when qemu.conf does not set it: each service then uses its own default.</summary>
    public bool? DefaultTlsX509Verify { get; init; }

    public string? DefaultTlsX509SecretUuid { get; init; }

    public string? DefaultTlsPriority { get; init; }

    // ---- VNC ----
    public string VncListen { get; init; } = "127.0.0.1";

    public bool VncAutoUnixSocket { get; init; }

    public bool VncTls { get; init; }

    public string? VncTlsX509CertDir { get; init; }

    public bool? VncTlsX509Verify { get; init; }

    public string? VncTlsX509SecretUuid { get; init; }

    public string? VncTlsPriority { get; init; }

    /// <summary>libvirt keeps only the first 8 characters (VNC's limit); the reader truncates with a warning.</summary>
    public string? VncPassword { get; init; }

    public bool VncSasl { get; init; }

    public string? VncSaslDir { get; init; }

    public bool VncAllowHostAudio { get; init; }

    // ---- SPICE ----
    public string SpiceListen { get; init; } = "127.0.0.1";

    public bool SpiceTls { get; init; }

    public string? SpiceTlsX509CertDir { get; init; }

    public bool SpiceAutoUnixSocket { get; init; }

    public string? SpicePassword { get; init; }

    public bool SpiceSasl { get; init; }

    public string? SpiceSaslDir { get; init; }

    // ---- character devices ----
    public bool ChardevTls { get; init; }

    public string? ChardevTlsX509CertDir { get; init; }

    public bool? ChardevTlsX509Verify { get; init; }

    public string? ChardevTlsX509SecretUuid { get; init; }

    public string? ChardevTlsPriority { get; init; }

    // ---- migration ----
    public string? MigrateTlsX509CertDir { get; init; }

    public bool? MigrateTlsX509Verify { get; init; }

    public string? MigrateTlsX509SecretUuid { get; init; }

    public string? MigrateTlsPriority { get; init; }

    public bool MigrateTlsForce { get; init; }

    // ---- backup NBD server ----
    public string? BackupTlsX509CertDir { get; init; }

    public bool? BackupTlsX509Verify { get; init; }

    public string? BackupTlsX509SecretUuid { get; init; }

    public string? BackupTlsPriority { get; init; }

    // ---- VxHS (support removed from QEMU 5.2; libvirt still parses the keys) ----
    public bool VxhsTls { get; init; }

    public string? VxhsTlsX509CertDir { get; init; }

    public string? VxhsTlsX509SecretUuid { get; init; }

    // ---- NBD disks ----
    public bool NbdTls { get; init; }

    public string? NbdTlsX509CertDir { get; init; }

    public string? NbdTlsX509SecretUuid { get; init; }

    public string? NbdTlsPriority { get; init; }

    // ---- audio, ports ----
    public bool NographicsAllowHostAudio { get; init; }

    public int RemoteDisplayPortMin { get; init; } = 5900;

    public int RemoteDisplayPortMax { get; init; } = 65535;

    public int RemoteWebsocketPortMin { get; init; } = 5700;

    public int RemoteWebsocketPortMax { get; init; } = 65535;

    // ---- security ----
    /// <summary>Empty: libvirt's built-in choice (SELinux or AppArmor when the host has it, else none).</summary>
    public IReadOnlyList<string> SecurityDriver { get; init; } = [];

    public bool SecurityDefaultConfined { get; init; } = true;

    public bool SecurityRequireConfined { get; init; }

    /// <summary>Null: the build's QEMU user (libvirt's meson option qemu_user; root unless the distribution changed it).</summary>
    public string? User { get; init; }

    /// <summary>Null: the build's QEMU group (meson option qemu_group).</summary>
    public string? Group { get; init; }

    public bool DynamicOwnership { get; init; } = true;

    /// <summary>libvirt's default is "whenever the host supports the trusted/security xattr namespace".</summary>
    public bool RememberOwner { get; init; } = true;

    /// <summary>Null: every controller the host has mounted (libvirt's auto-detection).</summary>
    public IReadOnlyList<string>? CgroupControllers { get; init; }

    /// <summary>libvirt 9.0's defaultDeviceACL (qemu_cgroup.c).</summary>
    public IReadOnlyList<string> CgroupDeviceAcl { get; init; } =
        ["/dev/null", "/dev/full", "/dev/zero", "/dev/random", "/dev/urandom", "/dev/ptmx", "/dev/kvm"];

    /// <summary>-1 (libvirt's "unset"): use QEMU's seccomp sandbox when QEMU has it; 0 off; 1 always ask for it.</summary>
    public int SeccompSandbox { get; init; } = -1;

    /// <summary>Linux namespaces per domain; libvirt enables "mount" when the host supports it.</summary>
    public IReadOnlyList<string> Namespaces { get; init; } = ["mount"];

    public IReadOnlyList<string> CapabilityFilters { get; init; } = [];

    // ---- save / dump ----
    public string SaveImageFormat { get; init; } = "raw";

    public string DumpImageFormat { get; init; } = "raw";

    public string SnapshotImageFormat { get; init; } = "raw";

    public string AutoDumpPath { get; init; } = "/var/lib/libvirt/qemu/dump";

    public bool AutoDumpBypassCache { get; init; }

    public bool AutoStartBypassCache { get; init; }

    // ---- process ----
    /// <summary>Null: mounts found in /proc/mounts; an empty list disables huge pages. The first is the default size.</summary>
    public IReadOnlyList<string>? HugetlbfsMount { get; init; }

    public string BridgeHelper { get; init; } = "qemu-bridge-helper";

    public string PrHelper { get; init; } = "qemu-pr-helper";

    public string SlirpHelper { get; init; } = "/usr/bin/slirp-helper";

    public string DbusDaemon { get; init; } = "dbus-daemon";

    public bool SetProcessName { get; init; }

    public long MaxProcesses { get; init; }

    public long MaxFiles { get; init; }

    public long MaxThreadsPerProcess { get; init; }

    /// <summary>Null: not set (libvirt leaves the limit alone); <see cref="ulong.MaxValue"/> for "unlimited".</summary>
    public ulong? MaxCore { get; init; }

    public bool DumpGuestCore { get; init; }

    /// <summary>"logd" (virtlogd, the default) or "file".</summary>
    public string StdioHandler { get; init; } = "logd";

    public string SchedCore { get; init; } = "none";

    // ---- devices, RPC, network ----
    public bool MacFilter { get; init; }

    public bool RelaxedAcsCheck { get; init; }

    public string? LockManager { get; init; }

    public long MaxQueued { get; init; }

    public int KeepaliveInterval { get; init; } = 5;

    public long KeepaliveCount { get; init; } = 5;

    public string? MigrationAddress { get; init; }

    public string? MigrationHost { get; init; }

    public int MigrationPortMin { get; init; } = 49152;

    public int MigrationPortMax { get; init; } = 49215;

    public bool LogTimestamp { get; init; } = true;

    /// <summary>Obsolete "CODE:VARS" pairs; null when unset (firmware descriptors are used instead).</summary>
    public IReadOnlyList<string>? Nvram { get; init; }

    public long GlusterDebugLevel { get; init; } = 4;

    public bool VirtiofsdDebug { get; init; }

    public string SwtpmUser { get; init; } = "tss";

    public string SwtpmGroup { get; init; } = "tss";

    public string DeprecationBehavior { get; init; } = "none";

    // ---- directories (qemu.conf keys: memory_backing_dir; qconv also accepts nvram_dir) ----
    public string MemoryBackingDir { get; init; } = "/var/lib/libvirt/qemu/ram";

    /// <summary>Where per-domain UEFI variable stores go. Not a libvirt qemu.conf key; qconv reads nvram_dir for it.</summary>
    public string NvramDir { get; init; } = "/var/lib/libvirt/qemu/nvram";

    /// <summary>libvirt's cfg->libDir: per-domain private directories are <c>LibDir/domain-ID-NAME</c>.</summary>
    public string LibDir { get; init; } = "/var/lib/libvirt/qemu";

    public string StateDir { get; init; } = "/run/libvirt/qemu";

    /// <summary>Where guest-agent style channel sockets live (per domain: <c>ChannelTargetDir/domain-ID-NAME</c>).</summary>
    public string ChannelTargetDir { get; init; } = "/run/libvirt/qemu/channel";

    public string CacheDir { get; init; } = "/var/cache/libvirt/qemu";

    public string LogDir { get; init; } = "/var/log/libvirt/qemu";

    public string SaveDir { get; init; } = "/var/lib/libvirt/qemu/save";

    public string SnapshotDir { get; init; } = "/var/lib/libvirt/qemu/snapshot";

    public string CheckpointDir { get; init; } = "/var/lib/libvirt/qemu/checkpoint";

    public string ConfigDir { get; init; } = "/etc/libvirt/qemu";

    public string SlirpStateDir { get; init; } = "/run/libvirt/qemu/slirp";

    public string PasstStateDir { get; init; } = "/run/libvirt/qemu/passt";

    public string DbusStateDir { get; init; } = "/run/libvirt/qemu/dbus";

    public string SwtpmStateDir { get; init; } = "/run/libvirt/qemu/swtpm";

    public string SwtpmStorageDir { get; init; } = "/var/lib/libvirt/swtpm";

    public string SwtpmLogDir { get; init; } = "/var/log/swtpm/libvirt/qemu";

    /// <summary>
    /// The TLS settings a service ends up with, by libvirt's rules (virQEMUDriverConfigSetDefaults):
    /// the certificate directory is the service's own key, else <c>/etc/pki/libvirt-SERVICE</c> when that
    /// directory exists, else <c>default_tls_x509_cert_dir</c>; the secret UUID is the service's own, else
    /// <c>default_tls_x509_secret_uuid</c> provided the service's directory was not set explicitly;
    /// verification is the service's own, else <c>default_tls_x509_verify</c>, else the service default
    /// (off for VNC, on for chardev, migration and backup).
    /// </summary>
    /// <param name="directoryExists">Asks the host whether a directory exists (null: assume it does not).</param>
    public ResolvedTls ResolveTls(TlsService service, Func<string, bool>? directoryExists = null)
    {
        var (enabled, certDir, verify, secret, priority) = service switch
        {
            TlsService.Vnc => (VncTls, VncTlsX509CertDir, VncTlsX509Verify, VncTlsX509SecretUuid, VncTlsPriority),
            TlsService.Spice => (SpiceTls, SpiceTlsX509CertDir, (bool?)null, (string?)null, (string?)null),
            TlsService.Chardev => (ChardevTls, ChardevTlsX509CertDir, ChardevTlsX509Verify, ChardevTlsX509SecretUuid, ChardevTlsPriority),
            TlsService.Migrate => (MigrateTlsForce, MigrateTlsX509CertDir, MigrateTlsX509Verify, MigrateTlsX509SecretUuid, MigrateTlsPriority),
            TlsService.Backup => (false, BackupTlsX509CertDir, BackupTlsX509Verify, BackupTlsX509SecretUuid, BackupTlsPriority),
            TlsService.Vxhs => (VxhsTls, VxhsTlsX509CertDir, null, VxhsTlsX509SecretUuid, null),
            TlsService.Nbd => (NbdTls, NbdTlsX509CertDir, null, NbdTlsX509SecretUuid, NbdTlsPriority),
            _ => throw new ArgumentOutOfRangeException(nameof(service)),
        };

        var serviceDir = "/etc/pki/libvirt-" + service.ConfName();
        var resolvedDir = certDir
            ?? (directoryExists is not null && directoryExists(serviceDir) ? serviceDir : DefaultTlsX509CertDir);

        // Spice has no secret UUID or verify keys in libvirt.
        var resolvedSecret = service == TlsService.Spice ? null : secret ?? (certDir is null ? DefaultTlsX509SecretUuid : null);
        var resolvedVerify = verify ?? DefaultTlsX509Verify ?? service.DefaultVerify();
        return new ResolvedTls(service, enabled, resolvedDir, resolvedVerify, resolvedSecret, priority ?? DefaultTlsPriority);
    }
}
