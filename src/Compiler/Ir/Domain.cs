namespace Qconv.Compiler.Ir;

/// <summary>
/// What a guest is, independent of syntax: the root of the IR that both the domain XML reader and
/// the argv lifters produce, and that every emitter and writer consumes.
/// Follows the element structure of libvirt's domain format (https://libvirt.org/formatdomain.html).
/// </summary>
public sealed record Domain
{
    /// <summary>The <c>type</c> attribute of &lt;domain&gt;: <c>qemu</c>, <c>kvm</c>, <c>hvf</c>...</summary>
    public string VirtType { get; init; } = "qemu";

    public string? Id { get; init; }

    public string? Name { get; init; }

    /// <summary>Canonical lower-case 8-4-4-4-12 form, or null when the input had none.</summary>
    public string? Uuid { get; init; }

    public string? GenId { get; init; }

    public bool GenIdAuto { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public MemorySettings Memory { get; init; } = new();

    public VcpuSettings Vcpu { get; init; } = new();

    public OsSettings Os { get; init; } = new();

    public CpuSettings? Cpu { get; init; }

    public ClockSettings Clock { get; init; } = new();

    public FeatureSet Features { get; init; } = FeatureSet.Empty;

    public Lifecycle Lifecycle { get; init; } = new();

    public PowerManagement? Pm { get; init; }

    /// <summary>The emulator binary (&lt;devices&gt;&lt;emulator&gt;).</summary>
    public string? Emulator { get; init; }

    /// <summary>All devices in document order; families are read with <c>Devices.OfType&lt;Disk&gt;()</c>.</summary>
    public EquatableArray<Device> Devices { get; init; } = EquatableArray<Device>.Empty;

    /// <summary>Settings that have no dedicated record yet, kept as generic nodes (see <see cref="GenericNode"/>).</summary>
    public EquatableArray<GenericNode> Extras { get; init; } = EquatableArray<GenericNode>.Empty;

    /// <summary>libvirt's qemu namespace &lt;qemu:commandline&gt; passthrough.</summary>
    public QemuPassthrough? QemuCommandline { get; init; }

    /// <summary>&lt;qemu:deprecation&gt; and &lt;qemu:override&gt;.</summary>
    public QemuTuning QemuTuning { get; init; } = new();

    public Diagnostics.SourceSpan? Span { get; init; }

    public DevicesOfType<T> DevicesOf<T>()
        where T : Device => new(Devices.AsImmutableArray());

    /// <summary>
    /// This domain with another device list; the domain itself when the list holds the very same device
    /// objects (most passes rebuild the list and change nothing for most guests).
    /// </summary>
    public Domain WithDevices(IEnumerable<Device> devices)
    {
        if (devices is IReadOnlyList<Device> list && SameDevices(list))
        {
            return this;
        }

        return this with { Devices = devices.ToEquatableArray() };
    }

    private bool SameDevices(IReadOnlyList<Device> list)
    {
        if (list.Count != Devices.Count)
        {
            return false;
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (!ReferenceEquals(list[i], Devices[i]))
            {
                return false;
            }
        }

        return true;
    }
}
