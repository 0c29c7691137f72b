namespace Qconv.Compiler.Caps;

/// <summary>
/// What one QEMU binary can do, as libvirt's QEMU capability cache records it
/// (<c>/var/cache/libvirt/qemu/capabilities/*.xml</c>): named flags, version numbers, and per
/// accelerator the machine types, CPU models and host CPU expansion. Immutable; <see cref="With"/> and
/// <see cref="Without"/> return changed copies (as libvirt's test harness adds or removes flags).
/// </summary>
/// <remarks>
/// Accelerator names are those of the cache file (<c>kvm</c>, <c>tcg</c>, <c>hvf</c>); a domain's
/// <c>type='qemu'</c> means <c>tcg</c>, and lookups accept either spelling.
/// </remarks>
public sealed class QemuCaps
{
    private readonly HashSet<QemuCap> _flagSet;
    private readonly IReadOnlyList<QemuCap> _flags;
    private readonly IReadOnlyList<AccelCaps> _accels;
    private readonly HashSet<QemuCap> _suppressed = [];

    // Listed plus assumed flags, built on the first Has (after With/Without have filled _suppressed) so
    // each question is one set lookup instead of up to three.
    private HashSet<QemuCap>? _effective;

    // Machine lookups per accelerator, built on the first ResolveMachine.
    private Dictionary<AccelCaps, MachineIndex>? _machineIndexes;

    public QemuCaps(
        int version,
        int kvmVersion,
        string arch,
        IEnumerable<QemuCap> flags,
        IEnumerable<AccelCaps> accelerators,
        string? emulator = null,
        string? package = null,
        long? microcodeVersion = null,
        HypervCapabilities? hyperv = null,
        IReadOnlyList<GicCapability>? gic = null)
    {
        Version = version;
        KvmVersion = kvmVersion;
        Arch = arch;
        Emulator = emulator;
        Package = package;
        MicrocodeVersion = microcodeVersion;
        Hyperv = hyperv;
        Gic = gic ?? [];
        var ordered = new List<QemuCap>();
        _flagSet = [];
        foreach (var f in flags)
        {
            if (_flagSet.Add(f))
            {
                ordered.Add(f);
            }
        }

        _flags = ordered;
        _accels = accelerators.ToList();
    }

    /// <summary>QEMU's version as libvirt encodes it: major * 1,000,000 + minor * 1,000 + micro (7.2.50 = 7002050).</summary>
    public int Version { get; }

    /// <summary><see cref="Version"/> as QEMU prints it, e.g. <c>7.2.50</c>.</summary>
    public string VersionString => FormattableString.Invariant($"{Version / 1_000_000}.{Version / 1_000 % 1_000}.{Version % 1_000}");

    /// <summary>The qemu-kvm fork's version (0 for upstream QEMU).</summary>
    public int KvmVersion { get; }

    /// <summary>The QEMU target architecture (<c>x86_64</c>, <c>aarch64</c>, ...).</summary>
    public string Arch { get; }

    /// <summary>The probed binary, e.g. <c>/usr/bin/qemu-system-x86_64</c>.</summary>
    public string? Emulator { get; }

    /// <summary>QEMU's package string (<c>v7.2.0-333-g222059a0fc</c>).</summary>
    public string? Package { get; }

    public long? MicrocodeVersion { get; }

    public HypervCapabilities? Hyperv { get; }

    public IReadOnlyList<GicCapability> Gic { get; }

    /// <summary>The flags, in the order the source listed them (libvirt's enum order for cache files).</summary>
    public IReadOnlyCollection<QemuCap> Flags => _flags;

    /// <summary>The accelerators the source describes, in source order.</summary>
    public IReadOnlyList<AccelCaps> Accelerators => _accels;

    /// <summary>
    /// Whether QEMU has this capability: listed by the source, or one of the <see cref="AssumedFlags"/>
    /// libvirt 9.0 takes for granted in every QEMU from 4.2.0 on.
    /// </summary>
    /// <summary>Reads a libvirt capability cache file (see <see cref="CapsFileReader"/>).</summary>
    public static QemuCaps? Read(string path, Qconv.Compiler.Diagnostics.DiagnosticBag bag) => CapsFileReader.Read(path, bag);

    public bool Has(QemuCap cap) => (_effective ??= EffectiveFlags()).Contains(cap);

    /// <summary>Whether the source lists this flag itself (no assumptions).</summary>
    public bool HasExplicit(QemuCap cap) => _flagSet.Contains(cap);

    /// <summary>
    /// Whether this QEMU offers the accelerator of a domain virt type (virQEMUCapsIsVirtTypeSupported:
    /// qemu needs tcg, kvm needs kvm, hvf needs hvf); null when it cannot say: an unknown virt type, or
    /// capabilities older than the accelerator flags.
    /// </summary>
    public bool? SupportsVirtType(string virtType)
    {
        QemuCap? flag = virtType switch
        {
            "qemu" => QemuCap.Tcg,
            "kvm" => QemuCap.Kvm,
            "hvf" => QemuCap.Hvf,
            _ => null,
        };
        if (flag is null || !(HasExplicit(QemuCap.Tcg) || HasExplicit(QemuCap.Kvm) || HasExplicit(QemuCap.Hvf)))
        {
            return null;
        }

        return Has(flag);
    }

    /// <summary>
    /// Maps a domain virt type to the cache file's accelerator name: <c>qemu</c> (libvirt's name for
    /// plain emulation) is <c>tcg</c>; everything else is already the accelerator name.
    /// </summary>
    public static string AccelName(string virtType) =>
        string.Equals(virtType, "qemu", StringComparison.Ordinal) ? "tcg" : virtType;

    public AccelCaps? Accel(string virtType)
    {
        var name = AccelName(virtType);
        foreach (var a in _accels)
        {
            if (a.VirtType == name)
            {
                return a;
            }
        }

        return null;
    }

    public IReadOnlyList<MachineType> Machines(string virtType) => Accel(virtType)?.Machines ?? [];

    public IReadOnlyList<CpuModel> CpuModels(string virtType) => Accel(virtType)?.CpuModels ?? [];

    public HostCpuModel? HostCpu(string virtType) => Accel(virtType)?.HostCpu;

    /// <summary>
    /// The machine type a domain's <c>&lt;type machine=...&gt;</c> means: null or empty picks QEMU's default
    /// machine (the first one marked default), an alias (<c>pc</c>, <c>q35</c>) picks the machine it
    /// stands for, a name picks itself. Null when QEMU has no such machine for this accelerator.
    /// </summary>
    public MachineType? ResolveMachine(string? nameOrAlias, string virtType)
    {
        var accel = Accel(virtType);
        if (accel is null)
        {
            return null;
        }

        var indexes = _machineIndexes ??= BuildMachineIndexes();
        var index = indexes[accel];
        return string.IsNullOrEmpty(nameOrAlias) ? index.Default : index.Find(nameOrAlias);
    }

    /// <summary>A copy with these flags added (flags already present keep their place).</summary>
    public QemuCaps With(params QemuCap[] caps) => WithFlags(_flags.Concat(caps), _suppressed.Except(caps));

    /// <summary>A copy without these flags; an assumed flag removed this way stops being assumed.</summary>
    public QemuCaps Without(params QemuCap[] caps)
    {
        var drop = caps.ToHashSet();
        return WithFlags(_flags.Where(f => !drop.Contains(f)), _suppressed.Union(caps));
    }

    /// <summary>
    /// A copy in which every machine alias becomes a machine of its own, as libvirt's test harness does
    /// to "latest" capabilities (virQEMUCapsStripMachineAliases) so that expected output says
    /// <c>-machine pc</c> instead of a versioned name that changes with every QEMU release. Each aliased
    /// machine loses its alias and a copy named after the alias is appended, keeping every other property.
    /// </summary>
    public QemuCaps StripMachineAliases()
    {
        var accels = _accels.Select(a =>
        {
            var machines = a.Machines.Select(m => m.Alias is null ? m : m with { Alias = null }).ToList();
            machines.AddRange(a.Machines.Where(m => m.Alias is not null).Select(m => m with { Name = m.Alias!, Alias = null }));
            return a with { Machines = machines };
        });
        var copy = new QemuCaps(Version, KvmVersion, Arch, _flags, accels, Emulator, Package, MicrocodeVersion, Hyperv, Gic);
        copy._suppressed.UnionWith(_suppressed);
        return copy;
    }

    private Dictionary<AccelCaps, MachineIndex> BuildMachineIndexes()
    {
        var indexes = new Dictionary<AccelCaps, MachineIndex>(ReferenceEqualityComparer.Instance);
        foreach (var a in _accels)
        {
            indexes.TryAdd(a, new MachineIndex(a.Machines));
        }

        return indexes;
    }

    private HashSet<QemuCap> EffectiveFlags()
    {
        var set = new HashSet<QemuCap>(_flagSet);
        if (Version >= AssumedFlags.MinimumQemuVersion)
        {
            foreach (var cap in AssumedFlags.ForModernQemu)
            {
                if (!_suppressed.Contains(cap))
                {
                    set.Add(cap);
                }
            }
        }

        return set;
    }

    private QemuCaps WithFlags(IEnumerable<QemuCap> flags, IEnumerable<QemuCap> suppressed)
    {
        var copy = new QemuCaps(Version, KvmVersion, Arch, flags, _accels, Emulator, Package, MicrocodeVersion, Hyperv, Gic);
        copy._suppressed.UnionWith(suppressed);
        return copy;
    }
}
