using Qconv.Compiler.Diagnostics;
using static Qconv.Compiler.Config.ConfKey;

namespace Qconv.Compiler.Config;

/// <summary>
/// Every qemu.conf key qconv understands, with the type libvirt's loader (qemu_conf.c,
/// virQEMUDriverConfigLoadFile) reads it as. Keys documented in libvirt's qemu.conf but irrelevant to the
/// command line are still listed so they do not draw "unknown key" warnings.
/// </summary>
internal static class QemuConfKeys
{
    private static readonly string[] CgroupControllerNames = ["cpu", "cpuacct", "cpuset", "memory", "devices", "freezer", "blkio", "net_cls", "perf_event", "name=systemd"];

    public static IReadOnlyDictionary<string, ConfKey> All { get; } = new ConfKey[]
    {
        Str("default_tls_x509_cert_dir", (c, v) => c with { DefaultTlsX509CertDir = v }),
        Bool("default_tls_x509_verify", (c, v) => c with { DefaultTlsX509Verify = v }),
        Str("default_tls_x509_secret_uuid", (c, v) => c with { DefaultTlsX509SecretUuid = v }),
        Str("default_tls_priority", (c, v) => c with { DefaultTlsPriority = v }),

        Str("vnc_listen", (c, v) => c with { VncListen = v }),
        Bool("vnc_auto_unix_socket", (c, v) => c with { VncAutoUnixSocket = v }),
        Bool("vnc_tls", (c, v) => c with { VncTls = v }),
        Str("vnc_tls_x509_cert_dir", (c, v) => c with { VncTlsX509CertDir = v }),
        Bool("vnc_tls_x509_verify", (c, v) => c with { VncTlsX509Verify = v }),
        Str("vnc_tls_x509_secret_uuid", (c, v) => c with { VncTlsX509SecretUuid = v }),
        Str("vnc_tls_priority", (c, v) => c with { VncTlsPriority = v }),
        VncPassword(),
        Bool("vnc_sasl", (c, v) => c with { VncSasl = v }),
        Str("vnc_sasl_dir", (c, v) => c with { VncSaslDir = v }),
        Bool("vnc_allow_host_audio", (c, v) => c with { VncAllowHostAudio = v }),

        Str("spice_listen", (c, v) => c with { SpiceListen = v }),
        Bool("spice_tls", (c, v) => c with { SpiceTls = v }),
        Str("spice_tls_x509_cert_dir", (c, v) => c with { SpiceTlsX509CertDir = v }),
        Bool("spice_auto_unix_socket", (c, v) => c with { SpiceAutoUnixSocket = v }),
        Str("spice_password", (c, v) => c with { SpicePassword = v }),
        Bool("spice_sasl", (c, v) => c with { SpiceSasl = v }),
        Str("spice_sasl_dir", (c, v) => c with { SpiceSaslDir = v }),

        Bool("chardev_tls", (c, v) => c with { ChardevTls = v }),
        Str("chardev_tls_x509_cert_dir", (c, v) => c with { ChardevTlsX509CertDir = v }),
        Bool("chardev_tls_x509_verify", (c, v) => c with { ChardevTlsX509Verify = v }),
        Str("chardev_tls_x509_secret_uuid", (c, v) => c with { ChardevTlsX509SecretUuid = v }),
        Str("chardev_tls_priority", (c, v) => c with { ChardevTlsPriority = v }),

        Str("migrate_tls_x509_cert_dir", (c, v) => c with { MigrateTlsX509CertDir = v }),
        Bool("migrate_tls_x509_verify", (c, v) => c with { MigrateTlsX509Verify = v }),
        Str("migrate_tls_x509_secret_uuid", (c, v) => c with { MigrateTlsX509SecretUuid = v }),
        Str("migrate_tls_priority", (c, v) => c with { MigrateTlsPriority = v }),
        Bool("migrate_tls_force", (c, v) => c with { MigrateTlsForce = v }),

        Str("backup_tls_x509_cert_dir", (c, v) => c with { BackupTlsX509CertDir = v }),
        Bool("backup_tls_x509_verify", (c, v) => c with { BackupTlsX509Verify = v }),
        Str("backup_tls_x509_secret_uuid", (c, v) => c with { BackupTlsX509SecretUuid = v }),
        Str("backup_tls_priority", (c, v) => c with { BackupTlsPriority = v }),

        Bool("vxhs_tls", (c, v) => c with { VxhsTls = v }),
        Str("vxhs_tls_x509_cert_dir", (c, v) => c with { VxhsTlsX509CertDir = v }),
        Str("vxhs_tls_x509_secret_uuid", (c, v) => c with { VxhsTlsX509SecretUuid = v }),

        Bool("nbd_tls", (c, v) => c with { NbdTls = v }),
        Str("nbd_tls_x509_cert_dir", (c, v) => c with { NbdTlsX509CertDir = v }),
        Str("nbd_tls_x509_secret_uuid", (c, v) => c with { NbdTlsX509SecretUuid = v }),
        Str("nbd_tls_priority", (c, v) => c with { NbdTlsPriority = v }),

        Bool("nographics_allow_host_audio", (c, v) => c with { NographicsAllowHostAudio = v }),
        UInt("remote_display_port_min", (c, v) => c with { RemoteDisplayPortMin = (int)Math.Min(v, int.MaxValue) }),
        UInt("remote_display_port_max", (c, v) => c with { RemoteDisplayPortMax = (int)Math.Min(v, int.MaxValue) }),
        UInt("remote_websocket_port_min", (c, v) => c with { RemoteWebsocketPortMin = (int)Math.Min(v, int.MaxValue) }),
        UInt("remote_websocket_port_max", (c, v) => c with { RemoteWebsocketPortMax = (int)Math.Min(v, int.MaxValue) }),

        SecurityDriver(),
        Bool("security_default_confined", (c, v) => c with { SecurityDefaultConfined = v }),
        Bool("security_require_confined", (c, v) => c with { SecurityRequireConfined = v }),
        Str("user", (c, v) => c with { User = v }),
        Str("group", (c, v) => c with { Group = v }),
        Bool("dynamic_ownership", (c, v) => c with { DynamicOwnership = v }),
        Bool("remember_owner", (c, v) => c with { RememberOwner = v }),
        Checked(List("cgroup_controllers", false, (c, v) => c with { CgroupControllers = v }), CgroupControllerNames, "cgroup controller"),
        List("cgroup_device_acl", false, (c, v) => c with { CgroupDeviceAcl = v }),
        Int("seccomp_sandbox", (c, v) => c with { SeccompSandbox = v }),
        Checked(List("namespaces", false, (c, v) => c with { Namespaces = v }), ["mount"], "namespace"),
        List("capability_filters", false, (c, v) => c with { CapabilityFilters = v }),

        Str("save_image_format", (c, v) => c with { SaveImageFormat = v }),
        Str("dump_image_format", (c, v) => c with { DumpImageFormat = v }),
        Str("snapshot_image_format", (c, v) => c with { SnapshotImageFormat = v }),
        Str("auto_dump_path", (c, v) => c with { AutoDumpPath = v }),
        Bool("auto_dump_bypass_cache", (c, v) => c with { AutoDumpBypassCache = v }),
        Bool("auto_start_bypass_cache", (c, v) => c with { AutoStartBypassCache = v }),

        List("hugetlbfs_mount", true, (c, v) => c with { HugetlbfsMount = v }),
        Str("bridge_helper", (c, v) => c with { BridgeHelper = v }),
        Str("pr_helper", (c, v) => c with { PrHelper = v }),
        Str("slirp_helper", (c, v) => c with { SlirpHelper = v }),
        Str("dbus_daemon", (c, v) => c with { DbusDaemon = v }),
        Bool("set_process_name", (c, v) => c with { SetProcessName = v }),
        UInt("max_processes", (c, v) => c with { MaxProcesses = v }),
        UInt("max_files", (c, v) => c with { MaxFiles = v }),
        UInt("max_threads_per_process", (c, v) => c with { MaxThreadsPerProcess = v }),
        MaxCore(),
        Bool("dump_guest_core", (c, v) => c with { DumpGuestCore = v }),
        Word("stdio_handler", ["logd", "file"], (c, v) => c with { StdioHandler = v }),
        Word("sched_core", ["none", "vcpus", "emulator", "full"], (c, v) => c with { SchedCore = v }),

        Bool("mac_filter", (c, v) => c with { MacFilter = v }),
        Bool("relaxed_acs_check", (c, v) => c with { RelaxedAcsCheck = v }),
        Word("lock_manager", ["lockd", "sanlock"], (c, v) => c with { LockManager = v }),
        UInt("max_queued", (c, v) => c with { MaxQueued = v }),
        Int("keepalive_interval", (c, v) => c with { KeepaliveInterval = v }),
        UInt("keepalive_count", (c, v) => c with { KeepaliveCount = v }),
        Str("migration_address", (c, v) => c with { MigrationAddress = v }),
        Str("migration_host", (c, v) => c with { MigrationHost = v }),
        UInt("migration_port_min", (c, v) => c with { MigrationPortMin = (int)Math.Min(v, int.MaxValue) }),
        UInt("migration_port_max", (c, v) => c with { MigrationPortMax = (int)Math.Min(v, int.MaxValue) }),
        Bool("log_timestamp", (c, v) => c with { LogTimestamp = v }),
        List("nvram", false, (c, v) => c with { Nvram = v }),
        UInt("gluster_debug_level", (c, v) => c with { GlusterDebugLevel = v }),
        Bool("virtiofsd_debug", (c, v) => c with { VirtiofsdDebug = v }),
        Str("swtpm_user", (c, v) => c with { SwtpmUser = v }),
        Str("swtpm_group", (c, v) => c with { SwtpmGroup = v }),
        Word("deprecation_behavior", ["none", "omit", "reject", "crash"], (c, v) => c with { DeprecationBehavior = v }),

        Str("memory_backing_dir", (c, v) => c with { MemoryBackingDir = v }),
        Str("nvram_dir", (c, v) => c with { NvramDir = v }),
    }.ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>VNC passwords are cut to 8 characters, as libvirt does (with a warning).</summary>
    private static ConfKey VncPassword() => new("vnc_password", (c, v, bag) =>
        Str("vnc_password", (cfg, s) =>
        {
            if (s.Length > 8)
            {
                bag.Warning(ConfCodes.InvalidValue, v.Span, $"VNC password is {s.Length} characters long, only 8 permitted; truncating");
                s = s[..8];
            }

            return cfg with { VncPassword = s };
        }).Apply(c, v, bag));

    /// <summary>A string or list; no duplicates, and "none" only alone (libvirt's rules for security drivers).</summary>
    private static ConfKey SecurityDriver() => new("security_driver", (c, v, bag) =>
        List("security_driver", true, (cfg, names) =>
        {
            var dup = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (dup is not null)
            {
                bag.Error(ConfCodes.InvalidValue, v.Span, $"duplicate security driver '{dup.Key}'");
                return cfg;
            }

            if (names.Count > 1 && names.Contains("none", StringComparer.Ordinal))
            {
                bag.Error(ConfCodes.InvalidValue, v.Span, "security driver 'none' cannot be combined with others");
                return cfg;
            }

            return cfg with { SecurityDriver = names };
        }).Apply(c, v, bag));

    /// <summary><c>max_core</c>: a byte count or the string "unlimited".</summary>
    private static ConfKey MaxCore() => new("max_core", (c, v, bag) =>
    {
        switch (v)
        {
            case ConfString { Value: "unlimited" }:
                return c with { MaxCore = ulong.MaxValue };
            case ConfString s:
                bag.Error(ConfCodes.InvalidValue, v.Span, $"unknown core size '{s.Value}'");
                return c;
            case ConfInteger { Value: >= 0 } i:
                return c with { MaxCore = (ulong)i.Value };
            default:
                bag.Error(ConfCodes.Type, v.Span, $"'max_core' must be a non-negative integer or \"unlimited\"; found {v.TypeName}");
                return c;
        }
    });

    /// <summary>Wraps a list key so that every item must be one of <paramref name="allowed"/>.</summary>
    private static ConfKey Checked(ConfKey inner, string[] allowed, string what) => inner with
    {
        Apply = (c, v, bag) =>
        {
            if (v is ConfList l && l.Items.OfType<ConfString>().FirstOrDefault(i => !allowed.Contains(i.Value, StringComparer.Ordinal)) is { } bad)
            {
                bag.Error(ConfCodes.InvalidValue, bad.Span, $"unknown {what} '{bad.Value}'");
                return c;
            }

            return inner.Apply(c, v, bag);
        },
    };
}
