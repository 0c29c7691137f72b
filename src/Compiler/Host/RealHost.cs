using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Qconv.Compiler.Config;

using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Host;

/// <summary>
/// The machine qconv runs on, read the way libvirt reads it: /proc, /sys and /dev for devices and
/// memory, the process environment, the cryptographic random generator. Descriptor numbers are handed
/// out from 3 upwards (0-2 are QEMU's stdio) for the launcher to honour; nothing is opened at compile time.
/// </summary>
/// <param name="config">Supplies libvirt's directories (libDir, channel dir, swtpm state dir).</param>
/// <param name="domainId">The id the domain will run under (libvirt counts from 1).</param>
/// <param name="fdGroups">Descriptors the caller pre-opened, by name.</param>
public sealed class RealHost(
    DriverConfig config,
    int domainId = 1,
    IReadOnlyDictionary<string, IReadOnlyList<int>>? fdGroups = null) : IHost
{
    /// <summary>libvirt's OUI for QEMU-generated WWNs (QUMRANET_OUI in virrandom.c).</summary>
    private const string QemuOui = "001a4a";

    private int _nextFd = 3;
    private int? _monitorFd;

    public int DomainId => domainId;

    public string LibDir(string domainName) => LibvirtPaths.DomainDir(config.LibDir, domainId, domainName);

    public string ChannelTargetDir(string domainName) => LibvirtPaths.DomainDir(config.ChannelTargetDir, domainId, domainName);

    public IReadOnlyList<EnvVar> BaseEnvironment(string domainName) =>
        LibvirtEnvironment.Build(GetEnvironmentVariable, LibDir(domainName));

    public string? GetEnvironmentVariable(string name) => System.Environment.GetEnvironmentVariable(name);

    /// <summary>The first descriptor asked for becomes the monitor's; it keeps its number afterwards.</summary>
    public int MonitorFd => _monitorFd ??= NextFd();

    public int ListenUnixSocketFd(string socketPath) => NextFd();

    public int ChardevSourceFd(string chardevAlias) => NextFd();

    public int ChardevLogFd(string chardevAlias) => NextFd();

    /// <summary>A name with libvirt's template (<c>vnet%d</c>) or none becomes the first free vnetN.</summary>
    public TapDevice OpenTap(string? requestedName, int queues)
    {
        var name = requestedName;
        if (string.IsNullOrEmpty(name) || name.Contains("%d", StringComparison.Ordinal))
        {
            var n = 0;
            while (NetDeviceExists("vnet" + n.ToString(CultureInfo.InvariantCulture)))
            {
                n++;
            }

            name = "vnet" + n.ToString(CultureInfo.InvariantCulture);
        }

        return new TapDevice(name, Enumerable.Range(0, Math.Max(queues, 1)).Select(_ => NextFd()).ToList());
    }

    public bool NetDeviceExists(string ifname) => Directory.Exists("/sys/class/net/" + ifname);

    public IReadOnlyList<int> OpenVhostNet(string netAlias, int queues) =>
        Enumerable.Range(0, Math.Max(queues, 1)).Select(_ => NextFd()).ToList();

    public int OpenVhostVsock() => NextFd();

    /// <summary>libvirt probes for the first free CID from 3 with an ioctl; qconv does not, and proposes 3.</summary>
    public int AutoVsockGuestCid() => 3;

    public int OpenVhostScsi(string wwpn) => NextFd();

    public int OpenVdpa(string devicePath) => NextFd();

    public string PasstStateDir => "/run/libvirt/qemu/passt";

    public string UserConfigDir => GetEnvironmentVariable("XDG_CONFIG_HOME") ?? (GetEnvironmentVariable("HOME") ?? "/root") + "/.config";

    public int MaxNumaNode => Directory.Exists("/sys/devices/system/node")
        ? Directory.EnumerateDirectories("/sys/devices/system/node", "node*")
            .Select(d => int.TryParse(Path.GetFileName(d).AsSpan(4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0).Max()
        : 0;

    /// <summary>Mount points of type hugetlbfs in /proc/mounts.</summary>
    public IReadOnlyList<string> HugetlbfsMountPoints() =>
        (ReadTextFile("/proc/mounts") ?? string.Empty).Split('\n')
            .Select(l => l.Split(' '))
            .Where(f => f.Length > 2 && f[2] == "hugetlbfs")
            .Select(f => f[1])
            .ToList();

    public (int TpmFd, int CancelFd) OpenTpmPassthrough(string devicePath) => (NextFd(), NextFd());

    /// <summary>libvirt's virTPMCreateCancelPath: the device's sysfs cancel file under misc or tpm.</summary>
    public string TpmCancelPath(string devicePath)
    {
        var dev = Path.GetFileName(devicePath);
        var misc = $"/sys/class/misc/{dev}/device/cancel";
        var tpm = $"/sys/class/tpm/{dev}/device/cancel";
        return File.Exists(tpm) && !File.Exists(misc) ? tpm : misc;
    }

    /// <summary>libvirt's qemuTPMEmulatorCreateSocketPath: SWTPM_STATE_DIR/ID-NAME-swtpm.sock.</summary>
    public string TpmEmulatorSocketPath(string domainName) =>
        $"{config.SwtpmStateDir}/{LibvirtPaths.ShortName(domainId, domainName)}-swtpm.sock";

    public int VhostUserGpuFd(string videoAlias) => NextFd();

    /// <summary>qconv does not start slirp-helper; user-mode NICs use QEMU's built-in slirp.</summary>
    public int? SlirpHelperFd(string netAlias) => null;

    public IReadOnlyList<int>? FdGroup(string name) => fdGroups?.GetValueOrDefault(name);

    public void FillRandomBytes(Span<byte> buffer) => RandomNumberGenerator.Fill(buffer);

    public ulong RandomBits(int nbits)
    {
        Span<byte> b = stackalloc byte[8];
        RandomNumberGenerator.Fill(b);
        var v = BitConverter.ToUInt64(b);
        return nbits >= 64 ? v : v & ((1UL << nbits) - 1);
    }

    /// <summary>virRandomGenerateWWN: NAA 5, the hypervisor's OUI, 36 random bits (qconv only generates for QEMU).</summary>
    public string GenerateWwn(string virtType) => "5" + QemuOui + RandomBits(36).ToString("x9", CultureInfo.InvariantCulture);

    public bool PathExists(string path) => File.Exists(path) || Directory.Exists(path);

    public string? ReadTextFile(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public IReadOnlyList<string> ListDirectory(string path)
    {
        try
        {
            return Directory.Exists(path)
                ? Directory.GetFileSystemEntries(path).Select(e => Path.GetFileName(e)).Order(StringComparer.Ordinal).ToList()
                : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>A device node whose kernel name appears under /sys/class/block (symlinks such as /dev/mapper/x followed).</summary>
    public bool IsBlockDevice(string path) => BlockName(path) is { } name && Directory.Exists("/sys/class/block/" + name);

    /// <summary>A block device whose SCSI type is 5 (CD/DVD), or an sr* device.</summary>
    public bool IsCdromDevice(string path)
    {
        if (BlockName(path) is not { } name || !Directory.Exists("/sys/class/block/" + name))
        {
            return false;
        }

        var typeFile = $"/sys/class/block/{name}/device/type";
        return name.StartsWith("sr", StringComparison.Ordinal) || (File.Exists(typeFile) && File.ReadAllText(typeFile).Trim() == "5");
    }

    public long PageSizeBytes => System.Environment.SystemPageSize;

    /// <summary>The <c>pagesize=</c> option of the hugetlbfs mount in /proc/mounts, else the kernel's default huge page size.</summary>
    public long? HugepageSizeKiB(string mountPoint)
    {
        foreach (var line in ReadLines("/proc/mounts"))
        {
            var f = line.Split(' ');
            if (f.Length < 4 || f[2] != "hugetlbfs" || f[1] != mountPoint.TrimEnd('/'))
            {
                continue;
            }

            var opt = f[3].Split(',').FirstOrDefault(o => o.StartsWith("pagesize=", StringComparison.Ordinal));
            return opt is null ? DefaultHugepageKiB() : ParseSize(opt["pagesize=".Length..]);
        }

        return null;
    }

    public bool NumaAvailable => Directory.Exists("/sys/devices/system/node/node0");

    /// <summary>qconv does not consult numad.</summary>
    public IReadOnlyList<int>? AutoPlacementNodeset() => null;

    /// <summary>libvirt's virHostGetDRMRenderNode: the first renderD* node in /dev/dri.</summary>
    public string? DrmRenderNode() =>
        Directory.Exists("/dev/dri")
            ? Directory.GetFileSystemEntries("/dev/dri", "renderD*").Order(StringComparer.Ordinal).FirstOrDefault()
            : null;

    public bool FipsEnabled => ReadLines("/proc/sys/crypto/fips_enabled").FirstOrDefault()?.Trim() == "1";

    public string Arch => RuntimeInformation.OSArchitecture switch
    {
        Architecture.X64 => "x86_64",
        Architecture.X86 => "i686",
        Architecture.Arm64 => "aarch64",
        Architecture.Arm => "armv7l",
        Architecture.S390x => "s390x",
        Architecture.Ppc64le => "ppc64le",
        Architecture.RiscV64 => "riscv64",
        Architecture.LoongArch64 => "loongarch64",
        var other => other.ToString().ToLowerInvariant(),
    };

    public DateTimeOffset Now => DateTimeOffset.UtcNow;

    public TimeSpan LocalUtcOffset => TimeZoneInfo.Local.GetUtcOffset(DateTimeOffset.UtcNow);

    /// <summary>libvirt's secret driver keeps values in /etc/libvirt/secrets/UUID.base64; usage lookups need the daemon.</summary>
    public byte[]? SecretValue(string? uuid, string? usageType, string? usageId)
    {
        if (uuid is null || uuid.IndexOfAny(['/', '.']) >= 0)
        {
            return null;
        }

        var file = $"/etc/libvirt/secrets/{uuid}.base64";
        try
        {
            return File.Exists(file) ? Convert.FromBase64String(File.ReadAllText(file).Trim()) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// libvirt's storage driver keeps pool definitions in /etc/libvirt/storage/NAME.xml and the state of
    /// running pools in /run/libvirt/storage/NAME.xml.
    /// </summary>
    public StoragePoolInfo? StoragePool(string name) => ReadPool(name)?.Pool;

    /// <summary>
    /// Volumes of directory-backed pools (dir, fs, netfs) are the entries of the pool's target directory;
    /// the volumes of other pool types are only known to the running storage driver.
    /// </summary>
    public StorageVolumeInfo? StorageVolume(string pool, string volume)
    {
        if (ReadPool(pool) is not ({ Active: true, Type: "dir" or "fs" or "netfs" }, { } dir) || volume.Contains('/', StringComparison.Ordinal))
        {
            return null;
        }

        var path = Path.Combine(dir, volume);
        return File.Exists(path) ? new StorageVolumeInfo("file", path) : Directory.Exists(path) ? new StorageVolumeInfo("dir", path) : null;
    }

    /// <summary>libvirt's virSCSIDeviceGetSgName: /sys/bus/scsi/devices/H:B:T:U/scsi_generic/sgN.</summary>
    public string? ScsiGenericName(string adapter, int bus, int target, long unit)
    {
        var host = adapter.StartsWith("scsi_host", StringComparison.Ordinal) ? adapter["scsi_host".Length..] : adapter;
        var dir = $"/sys/bus/scsi/devices/{host}:{bus}:{target}:{unit}/scsi_generic";
        return Directory.Exists(dir) ? Directory.GetDirectories(dir).Select(Path.GetFileName).FirstOrDefault() : null;
    }

    /// <summary>sysfs links /sys/class/scsi_generic/sgN/device to the LUN's H:B:T:L directory.</summary>
    public (string Adapter, int Bus, int Target, long Unit)? ScsiAddressOfGeneric(string sgName)
    {
        if (sgName.IndexOfAny(['/', '\0']) >= 0 || sgName.StartsWith('.'))
        {
            return null;
        }

        var link = new FileInfo($"/sys/class/scsi_generic/{sgName}/device").LinkTarget;
        return Path.GetFileName(link)?.Split(':') is [var h, var b, var t, var l]
            && int.TryParse(b, CultureInfo.InvariantCulture, out var bus) && int.TryParse(t, CultureInfo.InvariantCulture, out var target)
            && long.TryParse(l, CultureInfo.InvariantCulture, out var unit)
            ? ("scsi_host" + h, bus, target, unit)
            : null;
    }

    private static (StoragePoolInfo Pool, string? TargetPath)? ReadPool(string name)
    {
        if (name.IndexOfAny(['/', '\0']) >= 0 || name.StartsWith('.'))
        {
            return null;
        }

        try
        {
            var running = $"/run/libvirt/storage/{name}.xml";
            var file = File.Exists(running) ? running : $"/etc/libvirt/storage/{name}.xml";
            return File.Exists(file) ? StoragePoolXml.Parse(File.ReadAllText(file), file == running) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private int NextFd() => Interlocked.Increment(ref _nextFd) - 1;

    private static string? BlockName(string path)
    {
        try
        {
            var target = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
            return target.StartsWith("/dev/", StringComparison.Ordinal) ? Path.GetFileName(target) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long? DefaultHugepageKiB()
    {
        var line = ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("Hugepagesize:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    /// <summary>Sizes as the kernel prints them in mount options: 2M, 1G, 64K.</summary>
    private static long? ParseSize(string s)
    {
        if (s.Length < 2 || !long.TryParse(s[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        return char.ToUpperInvariant(s[^1]) switch
        {
            'K' => n,
            'M' => n * 1024,
            'G' => n * 1024 * 1024,
            _ => null,
        };
    }

    private static string[] ReadLines(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllLines(path) : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
