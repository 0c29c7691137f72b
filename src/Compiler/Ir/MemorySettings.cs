namespace Qconv.Compiler.Ir;

/// <summary>
/// &lt;memory&gt;, &lt;currentMemory&gt;, &lt;maxMemory&gt;, &lt;memoryBacking&gt; and &lt;numatune&gt;.
/// Sizes are in KiB, libvirt's internal unit (the reader converts any <c>unit=</c>).
/// </summary>
public sealed record MemorySettings
{
    public ulong TotalKiB { get; init; }

    /// <summary>Null when the input had no &lt;currentMemory&gt; (libvirt then uses the total).</summary>
    public ulong? CurrentKiB { get; init; }

    public ulong? MaxKiB { get; init; }

    public int? MaxSlots { get; init; }

    public bool DumpCore { get; init; }

    public string? DumpCoreSetting { get; init; }

    public MemoryBacking? Backing { get; init; }

    public NumaTune? NumaTune { get; init; }
}

/// <summary>&lt;memoryBacking&gt;: hugepages, source type, access mode, allocation, locking.</summary>
public sealed record MemoryBacking
{
    public bool Hugepages { get; init; }

    public EquatableArray<HugePage> Pages { get; init; } = EquatableArray<HugePage>.Empty;

    public bool NoSharePages { get; init; }

    public bool Locked { get; init; }

    /// <summary><c>file</c>, <c>anonymous</c> or <c>memfd</c>.</summary>
    public string? SourceType { get; init; }

    /// <summary><c>shared</c> or <c>private</c>.</summary>
    public string? AccessMode { get; init; }

    /// <summary><c>immediate</c> or <c>ondemand</c>.</summary>
    public string? AllocationMode { get; init; }

    public int? AllocationThreads { get; init; }

    public bool Discard { get; init; }
}

/// <summary>One &lt;page size=... nodeset=...&gt; of &lt;hugepages&gt;.</summary>
public sealed record HugePage(ulong SizeKiB, string? NodeSet);

/// <summary>&lt;numatune&gt;: the guest-wide &lt;memory&gt; and per-cell &lt;memnode&gt; policies.</summary>
public sealed record NumaTune(string? Mode, string? NodeSet, string? Placement, EquatableArray<NumaMemNode> MemNodes);

public sealed record NumaMemNode(int CellId, string Mode, string NodeSet);
