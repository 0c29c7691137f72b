using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Host;

/// <summary>
/// Everything that, in libvirt, comes from the host while the QEMU command line is built: ids and
/// directories of the domain, the environment, file descriptors libvirt opens and passes to QEMU,
/// random bytes, and facts about devices and memory. The compiler asks only this interface, so the
/// same guest compiles against a real machine (<see cref="RealHost"/>) or against the fixed values of
/// libvirt's test harness (<see cref="LibvirtTestHost"/>). Nothing else in qconv reads the environment.
/// </summary>
/// <remarks>
/// Descriptor methods return the number QEMU will see on its command line; qconv compiles, it does not
/// open anything, so a real host hands out numbers the launcher must later honour.
/// </remarks>
public interface IHost
{
    // ---- the domain's identity and directories ----

    /// <summary>The id libvirt gives the running domain (-1 under the test harness, which never starts it).</summary>
    int DomainId { get; }

    /// <summary>
    /// libvirt's per-domain private directory (priv->libDir, <c>LIBDIR/domain-ID-NAME</c>), home of the
    /// master key and sockets, and QEMU's HOME.
    /// </summary>
    string LibDir(string domainName);

    /// <summary>libvirt's per-domain directory for automatically placed channel sockets (priv->channelTargetDir).</summary>
    string ChannelTargetDir(string domainName);

    /// <summary>
    /// The environment libvirt puts before the binary: <c>LC_ALL=C</c>, the variables it passes through
    /// from its own environment (PATH, USER, LOGNAME, ...), HOME and the XDG_*_HOME directories pointed at
    /// the domain's private directory — in libvirt's order.
    /// </summary>
    IReadOnlyList<EnvVar> BaseEnvironment(string domainName);

    /// <summary>A variable of the environment libvirt runs in (null when unset), e.g. QEMU_AUDIO_DRV.</summary>
    string? GetEnvironmentVariable(string name);

    // ---- descriptors libvirt opens and passes to QEMU ----

    /// <summary>The QMP monitor's listening socket, which libvirt opens and passes (<c>-chardev socket,id=charmonitor,fd=N</c>).</summary>
    int MonitorFd { get; }

    /// <summary>Another listening UNIX socket libvirt creates for QEMU (listening chardevs).</summary>
    int ListenUnixSocketFd(string socketPath);

    /// <summary>A file libvirt opens for a file-backed chardev (passed as an fdset).</summary>
    int ChardevSourceFd(string chardevAlias);

    /// <summary>The log file of a chardev with <c>&lt;log file=.../&gt;</c> (passed as an fdset).</summary>
    int ChardevLogFd(string chardevAlias);

    /// <summary>Creates (or opens) a tap device: its final name and one descriptor per queue.</summary>
    TapDevice OpenTap(string? requestedName, int queues);

    /// <summary>Whether a network interface already exists on the host (managed='no' taps must).</summary>
    bool NetDeviceExists(string ifname);

    /// <summary>/dev/vhost-net descriptors for a virtio NIC, one per queue.</summary>
    IReadOnlyList<int> OpenVhostNet(string netAlias, int queues);

    /// <summary>/dev/vhost-vsock for a vsock device.</summary>
    int OpenVhostVsock();

    /// <summary>The guest CID chosen for <c>&lt;cid auto='yes'/&gt;</c>.</summary>
    int AutoVsockGuestCid();

    /// <summary>/dev/vhost-scsi for a vhost-scsi host device.</summary>
    int OpenVhostScsi(string wwpn);

    /// <summary>A vDPA character device (/dev/vhost-vdpa-N).</summary>
    int OpenVdpa(string devicePath);

    /// <summary>The daemon user's configuration directory (XDG_CONFIG_HOME), for per-user firmware descriptors.</summary>
    string UserConfigDir { get; }

    /// <summary>Highest NUMA node number the host has (virNumaGetMaxNode).</summary>
    int MaxNumaNode { get; }

    /// <summary>hugetlbfs mount points found on the host, used when qemu.conf sets no hugetlbfs_mount.</summary>
    IReadOnlyList<string> HugetlbfsMountPoints();

    /// <summary>Directory of passt's per-interface sockets (libvirt's passt state dir).</summary>
    string PasstStateDir { get; }

    /// <summary>The TPM device and its cancel file for a passthrough TPM.</summary>
    (int TpmFd, int CancelFd) OpenTpmPassthrough(string devicePath);

    /// <summary>The sysfs cancel file of a host TPM (<c>/sys/class/misc/tpm0/device/cancel</c>).</summary>
    string TpmCancelPath(string devicePath);

    /// <summary>The UNIX socket of the swtpm process libvirt starts for an emulated TPM.</summary>
    string TpmEmulatorSocketPath(string domainName);

    /// <summary>The socket to the vhost-user-gpu helper libvirt starts for a video device.</summary>
    int VhostUserGpuFd(string videoAlias);

    /// <summary>The descriptor of a slirp-helper process for a user-mode NIC; null when none is used.</summary>
    int? SlirpHelperFd(string netAlias);

    /// <summary>Descriptors the caller pre-opened and named (virDomainFDAssociate); null when no such group.</summary>
    IReadOnlyList<int>? FdGroup(string name);

    // ---- randomness ----

    /// <summary>Fills the buffer with random bytes (master keys, IVs).</summary>
    void FillRandomBytes(Span<byte> buffer);

    /// <summary>Random bits, as libvirt's virRandomBits(nbits): the low <paramref name="nbits"/> bits of a 64-bit number.</summary>
    ulong RandomBits(int nbits);

    /// <summary>A generated World Wide Name (libvirt's virRandomGenerateWWN) for the given virt type.</summary>
    string GenerateWwn(string virtType);

    // ---- files, devices, memory, time ----

    bool PathExists(string path);

    /// <summary>The text of a host file (firmware and vhost-user descriptors, ...); null when it cannot be read.</summary>
    string? ReadTextFile(string path);

    /// <summary>The names of the entries of a host directory, sorted ordinally; empty when it does not exist.</summary>
    IReadOnlyList<string> ListDirectory(string path);

    bool IsBlockDevice(string path);

    /// <summary>Whether a path is a host CD-ROM drive (libvirt then uses the host_cdrom block driver).</summary>
    bool IsCdromDevice(string path);

    /// <summary>The host's page size in bytes.</summary>
    long PageSizeBytes { get; }

    /// <summary>The page size served by a hugetlbfs mount, in KiB; null when the path is not such a mount.</summary>
    long? HugepageSizeKiB(string mountPoint);

    /// <summary>Whether the host supports NUMA (libvirt's virNumaIsAvailable).</summary>
    bool NumaAvailable { get; }

    /// <summary>The NUMA nodes numad advises for <c>placement='auto'</c>; null when there is no advice.</summary>
    IReadOnlyList<int>? AutoPlacementNodeset();

    /// <summary>The first DRM render node (<c>/dev/dri/renderD128</c>), for OpenGL displays without one set.</summary>
    string? DrmRenderNode();

    /// <summary>Whether the host runs in FIPS mode (libvirt then adds <c>-enable-fips</c>).</summary>
    bool FipsEnabled { get; }

    /// <summary>The host architecture in libvirt's spelling (<c>x86_64</c>).</summary>
    string Arch { get; }

    /// <summary>The current time, for clock offsets relative to now.</summary>
    DateTimeOffset Now { get; }

    /// <summary>The host's local-time offset from UTC at <see cref="Now"/>.</summary>
    TimeSpan LocalUtcOffset { get; }

    /// <summary>
    /// A libvirt secret's value, found by UUID or by usage (type <c>volume</c>, <c>ceph</c>, <c>iscsi</c>,
    /// <c>tls</c>, ... and its usage id); null when there is no such secret.
    /// </summary>
    byte[]? SecretValue(string? uuid, string? usageType, string? usageId);

    /// <summary>A storage pool by name, as the storage driver defines it; null when there is no such pool.</summary>
    StoragePoolInfo? StoragePool(string name);

    /// <summary>A volume of an active pool, by pool and volume name; null when the pool has no such volume.</summary>
    StorageVolumeInfo? StorageVolume(string pool, string volume);

    /// <summary>The sg device name (<c>sg0</c>) of a host SCSI device, as libvirt's virSCSIDeviceGetSgName finds it.</summary>
    string? ScsiGenericName(string adapter, int bus, int target, long unit);

    /// <summary>The reverse of <see cref="ScsiGenericName"/>: the adapter (<c>scsi_hostN</c>) and address of a SCSI generic device; null when unknown.</summary>
    (string Adapter, int Bus, int Target, long Unit)? ScsiAddressOfGeneric(string sgName);
}

/// <summary>A tap device as opened for a NIC: the interface name and one descriptor per queue.</summary>
public sealed record TapDevice(string Name, IReadOnlyList<int> Fds);
