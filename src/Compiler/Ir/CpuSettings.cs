namespace Qconv.Compiler.Ir;

/// <summary>&lt;cpu&gt;: CPU model, topology, features and guest NUMA cells.</summary>
public sealed record CpuSettings
{
    /// <summary><c>custom</c>, <c>host-model</c>, <c>host-passthrough</c>, <c>maximum</c>.</summary>
    public string? Mode { get; init; }

    public string? Match { get; init; }

    public string? Check { get; init; }

    public string? Migratable { get; init; }

    public string? Model { get; init; }

    public string? Fallback { get; init; }

    public string? VendorId { get; init; }

    public string? Vendor { get; init; }

    public CpuTopology? Topology { get; init; }

    public EquatableArray<CpuFeature> Features { get; init; } = EquatableArray<CpuFeature>.Empty;

    public EquatableArray<NumaCell> NumaCells { get; init; } = EquatableArray<NumaCell>.Empty;

    /// <summary>&lt;numa&gt;&lt;interconnects&gt; and other rarely used parts, kept generic.</summary>
    public GenericNode? NumaInterconnects { get; init; }

    public GenericNode? Cache { get; init; }

    public GenericNode? MaxPhysAddr { get; init; }
}

public sealed record CpuTopology(int Sockets, int Dies, int Cores, int Threads);

/// <summary>A &lt;feature policy='require|disable|force|forbid|optional' name=...&gt;.</summary>
public sealed record CpuFeature(string Name, string Policy);

/// <summary>A guest NUMA &lt;cell&gt;.</summary>
public sealed record NumaCell
{
    public int? Id { get; init; }

    public string? Cpus { get; init; }

    public ulong MemoryKiB { get; init; }

    public string? MemAccess { get; init; }

    public bool? Discard { get; init; }

    public EquatableArray<NumaDistance> Distances { get; init; } = EquatableArray<NumaDistance>.Empty;

    /// <summary>&lt;cache&gt; children and anything else, kept generic.</summary>
    public EquatableArray<GenericNode> Extra { get; init; } = EquatableArray<GenericNode>.Empty;
}

public sealed record NumaDistance(int CellId, int Value);
