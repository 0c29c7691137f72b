namespace Qconv.Compiler.Ir;

/// <summary>&lt;on_poweroff&gt;, &lt;on_reboot&gt;, &lt;on_crash&gt;, &lt;on_lockfailure&gt;.</summary>
public sealed record Lifecycle
{
    public string? OnPoweroff { get; init; }

    public string? OnReboot { get; init; }

    public string? OnCrash { get; init; }

    public string? OnLockFailure { get; init; }
}
