namespace Qconv.Compiler.Ir;

/// <summary>&lt;clock&gt;: offset, timezone/adjustment and timers.</summary>
public sealed record ClockSettings
{
    /// <summary><c>utc</c>, <c>localtime</c>, <c>timezone</c>, <c>variable</c>, <c>absolute</c>.</summary>
    public string? Offset { get; init; }

    public string? Timezone { get; init; }

    public string? Adjustment { get; init; }

    public string? Basis { get; init; }

    public string? Start { get; init; }

    /// <summary>The deprecated <c>sync</c> attribute of very old libvirt (seed page example).</summary>
    public string? LegacySync { get; init; }

    public EquatableArray<ClockTimer> Timers { get; init; } = EquatableArray<ClockTimer>.Empty;
}

/// <summary>A &lt;timer name=... present=... tickpolicy=... track=...&gt;.</summary>
public sealed record ClockTimer
{
    public required string Name { get; init; }

    public bool? Present { get; init; }

    public string? TickPolicy { get; init; }

    public string? Track { get; init; }

    public string? Mode { get; init; }

    public ulong? Frequency { get; init; }

    public GenericNode? CatchUp { get; init; }
}
