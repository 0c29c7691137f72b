namespace Qconv.Compiler.Caps;

/// <summary>
/// One <c>&lt;gic version='3' kernel='yes' emulated='yes'/&gt;</c> of an aarch64 capability cache file:
/// a GIC version and whether KVM (kernel) and/or QEMU (emulated) implement it.
/// </summary>
public sealed record GicCapability(int Version, bool Kernel, bool Emulated);
