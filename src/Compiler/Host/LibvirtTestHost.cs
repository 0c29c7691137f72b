using System.Globalization;
using System.Text;

using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Host;

/// <summary>Per-run switches of libvirt's test harness that change what the host reports.</summary>
/// <param name="FdGroups">ARG_FD_GROUP: descriptors pre-opened under a name, in order.</param>
/// <param name="SlirpHelper">FLAG_SLIRP_HELPER: user-mode NICs get a slirp-helper process (fd 42).</param>
/// <param name="FipsHost">FLAG_FIPS_HOST: the host runs in FIPS mode.</param>
/// <param name="PathPrefixes">
/// virFileWrapperAddPrefix: host directories (<c>/etc/qemu/firmware</c>) served from real directories;
/// see <see cref="LibvirtTestHost.HarnessPathPrefixes"/>.
/// </param>
public sealed record LibvirtTestHostOptions(
    IReadOnlyDictionary<string, IReadOnlyList<int>>? FdGroups = null,
    bool SlirpHelper = false,
    bool FipsHost = false,
    IReadOnlyList<PathMapping>? PathPrefixes = null);

/// <summary>
/// The host as libvirt 9.0's QEMU command-line test suite fakes it (tests/qemuxml2argvtest.c,
/// tests/testutilsqemu.c, tests/qemuxml2argvmock.c, tests/virrandommock.c), so that qconv can reproduce
/// the suite's expected command lines: domain id -1, libDir <c>/tmp/lib</c>, channel dir
/// <c>/tmp/channel</c>, environment PATH=/bin USER=test LOGNAME=test HOME=/home/test, fixed descriptor
/// numbers, random bytes 0,1,2,..., page size 4096, NUMA available.
/// </summary>
public sealed class LibvirtTestHost(LibvirtTestHostOptions? options = null) : IHost
{
    /// <summary>virrandommock: every virRandomBits call answers this, masked to the width asked.</summary>
    public const ulong RandomBitsValue = 0x0706050403020100;

    /// <summary>What fakeSecretGetValue returns for every secret.</summary>
    public const string SecretText = "AQCVn5hO6HzFAhAAq0NCv8jtJcIcE+HOBlMQ1A";

    /// <summary>The harness's environment (g_setenv calls in qemuxml2argvtest.c's mymain).</summary>
    private static readonly Dictionary<string, string> Environment = new(StringComparer.Ordinal)
    {
        ["PATH"] = "/bin",
        ["USER"] = "test",
        ["LOGNAME"] = "test",
        ["HOME"] = "/home/test",
        ["LC_ALL"] = "C",
        ["TZ"] = "VIR00:30",

        // Set by the harness while it runs the SDL default-audio case; only the default audio
        // backend for SDL graphics reads it.
        ["SDL_AUDIODRIVER"] = "esd",
    };

    private readonly LibvirtTestHostOptions _options = options ?? new LibvirtTestHostOptions();

    public LibvirtTestHostOptions Options => _options;

    public int DomainId => -1;

    public string LibDir(string domainName) => LibvirtPaths.DomainDir("/tmp/lib", DomainId, domainName);

    public string ChannelTargetDir(string domainName) => LibvirtPaths.DomainDir("/tmp/channel", DomainId, domainName);

    public IReadOnlyList<EnvVar> BaseEnvironment(string domainName) =>
        LibvirtEnvironment.Build(GetEnvironmentVariable, LibDir(domainName));

    public string? GetEnvironmentVariable(string name) => Environment.GetValueOrDefault(name);

    /// <summary>qemuOpenChrChardevUNIXSocket mock: every listening socket, the monitor's included, is fd 1729.</summary>
    public int MonitorFd => 1729;

    public int ListenUnixSocketFd(string socketPath) => 1729;

    /// <summary>testQemuPrepareHostBackendChardevOne: file chardevs get fd 1750.</summary>
    public int ChardevSourceFd(string chardevAlias) => 1750;

    /// <summary>testQemuPrepareHostBackendChardevOne: chardev log files get fd 1751.</summary>
    public int ChardevLogFd(string chardevAlias) => 1751;

    /// <summary>virNetDevTapCreate mock: fds 3, 4, ... (STDERR_FILENO + 1 + i); the name stays "mytap0", else becomes "vnet0".</summary>
    public TapDevice OpenTap(string? requestedName, int queues) =>
        new(requestedName == "mytap0" ? "mytap0" : "vnet0", Enumerable.Range(3, Math.Max(queues, 1)).ToList());

    /// <summary>virNetDevExists mock: only "mytap0" exists.</summary>
    public bool NetDeviceExists(string ifname) => ifname == "mytap0";

    /// <summary>qemuInterfaceOpenVhostNet mock: fds 44, 45, ... (STDERR_FILENO + 42 + i).</summary>
    public IReadOnlyList<int> OpenVhostNet(string netAlias, int queues) => Enumerable.Range(44, Math.Max(queues, 1)).ToList();

    public int OpenVhostVsock() => 6789;

    public int AutoVsockGuestCid() => 42;

    /// <summary>virSCSIVHostOpenVhostSCSI mock: STDERR_FILENO + 1.</summary>
    public int OpenVhostScsi(string wwpn) => 3;

    /// <summary>qemuVDPAConnect mock.</summary>
    public int OpenVdpa(string devicePath) => 1732;

    /// <summary>qemuBuildTPMOpenBackendFDs mock.</summary>
    /// <summary>The firmware descriptor harness maps a user's descriptors under /home/user/.config.</summary>
    public string UserConfigDir => "/home/user/.config";

    /// <summary>virnumamock reports nodes 0 to 7.</summary>
    public int MaxNumaNode => 7;

    /// <summary>The harness configures hugetlbfs_mount in qemu.conf instead of detecting mounts.</summary>
    public IReadOnlyList<string> HugetlbfsMountPoints() => [];

    /// <summary>The harness leaves XDG_RUNTIME_DIR unset on purpose, so libvirt's path shows it.</summary>
    public string PasstStateDir => "/bad-test-used-env-xdg-runtime-dir/libvirt/qemu/run/passt";

    public (int TpmFd, int CancelFd) OpenTpmPassthrough(string devicePath) => (1730, 1731);

    /// <summary>virTPMCreateCancelPath mock.</summary>
    public string TpmCancelPath(string devicePath) => "/sys/class/misc/tpm0/device/cancel";

    /// <summary>The harness rewrites every emulated TPM's socket to this path.</summary>
    public string TpmEmulatorSocketPath(string domainName) => "/dev/test";

    public int VhostUserGpuFd(string videoAlias) => 1729;

    /// <summary>With FLAG_SLIRP_HELPER the harness gives user-mode NICs slirp fd 42 (libvirt also requires the dbus-vmstate capability).</summary>
    public int? SlirpHelperFd(string netAlias) => _options.SlirpHelper ? 42 : null;

    public IReadOnlyList<int>? FdGroup(string name) => _options.FdGroups?.GetValueOrDefault(name);

    /// <summary>virRandomBytes mock: byte i of every request has value i.</summary>
    public void FillRandomBytes(Span<byte> buffer)
    {
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = unchecked((byte)i);
        }
    }

    public ulong RandomBits(int nbits) => nbits >= 64 ? RandomBitsValue : RandomBitsValue & ((1UL << nbits) - 1);

    /// <summary>virRandomGenerateWWN mock: "5100000" and 9 hex digits of 36 random bits.</summary>
    public string GenerateWwn(string virtType) => "5100000" + RandomBits(36).ToString("x9", CultureInfo.InvariantCulture);

    /// <summary>
    /// The directories libvirt's harness maps into its data tree (qemuxml2argvtest.c's mymain): firmware and
    /// vhost-user descriptors. <paramref name="harnessDir"/> holds <c>qemufirmwaredata/</c> and <c>qemuvhostuserdata/</c>.
    /// </summary>
    public static IReadOnlyList<PathMapping> HarnessPathPrefixes(string harnessDir)
    {
        string[] firmware = ["/etc/qemu/firmware", "/usr/share/qemu/firmware", "/home/user/.config/qemu/firmware"];
        string[] vhostUser = ["/etc/qemu/vhost-user", "/usr/share/qemu/vhost-user", "/home/user/.config/qemu/vhost-user", "/usr/libexec/qemu/vhost-user"];
        return
        [
            .. firmware.Select(p => new PathMapping(p, Path.Combine(harnessDir, "qemufirmwaredata") + p)),
            .. vhostUser.Select(p => new PathMapping(p, Path.Combine(harnessDir, "qemuvhostuserdata") + p)),
        ];
    }

    /// <summary>Only mapped harness files exist; the paths guests name (disk images, sockets) do not.</summary>
    public bool PathExists(string path) => Mapped(path) is { } real && (File.Exists(real) || Directory.Exists(real));

    public string? ReadTextFile(string path) => Mapped(path) is { } real && File.Exists(real) ? File.ReadAllText(real) : null;

    public IReadOnlyList<string> ListDirectory(string path) =>
        Mapped(path) is { } real && Directory.Exists(real)
            ? Directory.GetFileSystemEntries(real).Select(e => Path.GetFileName(e)).Order(StringComparer.Ordinal).ToList()
            : [];

    public bool IsBlockDevice(string path) => false;

    /// <summary>The harness marks raw local CD-ROMs at /dev/cdrom as host CD-ROMs.</summary>
    public bool IsCdromDevice(string path) => path == "/dev/cdrom";

    public long PageSizeBytes => 4096;

    /// <summary>
    /// The harness's mounts: /dev/hugepages2M serves 2 MiB pages, /dev/hugepages1G 1 GiB pages; other paths
    /// follow the same NAME+SIZE convention, and a mount without a size serves the 2 MiB default.
    /// </summary>
    public long? HugepageSizeKiB(string mountPoint)
    {
        var name = mountPoint.TrimEnd('/');
        if (name.EndsWith('G') && long.TryParse(TrailingNumber(name[..^1]), NumberStyles.None, CultureInfo.InvariantCulture, out var g))
        {
            return g * 1024 * 1024;
        }

        if (name.EndsWith('M') && long.TryParse(TrailingNumber(name[..^1]), NumberStyles.None, CultureInfo.InvariantCulture, out var m))
        {
            return m * 1024;
        }

        return 2048;
    }

    public bool NumaAvailable => true;

    /// <summary>The harness sets the numad advice to nodes 0-3.</summary>
    public IReadOnlyList<int>? AutoPlacementNodeset() => [0, 1, 2, 3];

    /// <summary>virHostGetDRMRenderNode mock.</summary>
    public string? DrmRenderNode() => "/dev/dri/foo";

    public bool FipsEnabled => _options.FipsHost;

    public string Arch => "x86_64";

    /// <summary>The time mocks answer 1234567890 (2009-02-13T23:31:30Z).</summary>
    public DateTimeOffset Now => DateTimeOffset.FromUnixTimeSeconds(1234567890);

    /// <summary>TZ=VIR00:30: POSIX offsets count west, so local time is 30 minutes behind UTC.</summary>
    public TimeSpan LocalUtcOffset => TimeSpan.FromMinutes(-30);

    /// <summary>
    /// fakeSecretLookupByUsage / ByUUID: volume secrets must live under /storage/guest_disks/, other usages
    /// must be "mycluster_myname" or "client.admin secret"; every secret's value is <see cref="SecretText"/>.
    /// </summary>
    public byte[]? SecretValue(string? uuid, string? usageType, string? usageId)
    {
        if (uuid is null)
        {
            var ok = usageType == "volume"
                ? usageId?.StartsWith("/storage/guest_disks/", StringComparison.Ordinal) == true
                : usageId is "mycluster_myname" or "client.admin secret";
            if (!ok)
            {
                return null;
            }
        }

        return Encoding.ASCII.GetBytes(SecretText);
    }

    public StoragePoolInfo? StoragePool(string name) => LibvirtTestStoragePools.Pool(name);

    public StorageVolumeInfo? StorageVolume(string pool, string volume) => LibvirtTestStoragePools.Volume(pool, volume);

    /// <summary>virSCSIDeviceGetSgName mock.</summary>
    public string? ScsiGenericName(string adapter, int bus, int target, long unit) => "sg0";

    /// <summary>Every LUN is sg0 under the mock, so sg0 is the first LUN of the first adapter.</summary>
    public (string Adapter, int Bus, int Target, long Unit)? ScsiAddressOfGeneric(string sgName) => sgName == "sg0" ? ("scsi_host0", 0, 0, 0) : null;

    private string? Mapped(string path)
    {
        foreach (var (prefix, real) in _options.PathPrefixes ?? [])
        {
            if (path == prefix)
            {
                return real;
            }

            if (path.StartsWith(prefix + "/", StringComparison.Ordinal))
            {
                return real + path[prefix.Length..];
            }
        }

        return null;
    }

    private static string TrailingNumber(string s)
    {
        var i = s.Length;
        while (i > 0 && char.IsAsciiDigit(s[i - 1]))
        {
            i--;
        }

        return s[i..];
    }
}
