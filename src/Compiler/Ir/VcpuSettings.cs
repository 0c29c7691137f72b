namespace Qconv.Compiler.Ir;

/// <summary>&lt;vcpu&gt;, &lt;vcpus&gt;, &lt;iothreads&gt; and &lt;cputune&gt; essentials.</summary>
public sealed record VcpuSettings
{
    public int Max { get; init; } = 1;

    public int? Current { get; init; }

    public string? Placement { get; init; }

    public string? CpuSet { get; init; }

    public int IoThreads { get; init; }

    public EquatableArray<IoThreadId> IoThreadIds { get; init; } = EquatableArray<IoThreadId>.Empty;

    /// <summary>&lt;cputune&gt; as read; only a few of its settings reach the command line.</summary>
    public GenericNode? CpuTune { get; init; }
}

public sealed record IoThreadId(int Id, int? PoolMin, int? PoolMax);
