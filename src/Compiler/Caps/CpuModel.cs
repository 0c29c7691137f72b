namespace Qconv.Compiler.Caps;

/// <summary>
/// One <c>&lt;cpu&gt;</c> model of a capability cache file for one accelerator. <see cref="Blockers"/>
/// lists the features that make a model unusable on the probed host (empty when usable or unknown).
/// </summary>
public sealed record CpuModel(
    string Name,
    string VirtType,
    bool Usable,
    string? Typename,
    IReadOnlyList<string> Blockers,
    bool Deprecated);
