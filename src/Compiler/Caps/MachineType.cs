namespace Qconv.Compiler.Caps;

/// <summary>
/// One <c>&lt;machine&gt;</c> of a capability cache file: a QEMU machine type as libvirt probed it for one
/// accelerator. <see cref="VirtType"/> is the cache file's accelerator name (<c>kvm</c> or <c>tcg</c>);
/// <see cref="Acpi"/> is null when the file does not say (libvirt then asks QEMU at run time).
/// </summary>
public sealed record MachineType(
    string Name,
    string? Alias,
    string VirtType,
    int MaxCpus,
    bool IsDefault,
    bool HotplugCpus,
    string? DefaultCpuType,
    string? DefaultRamId,
    bool Deprecated,
    bool NumaMemSupported,
    bool? Acpi);
