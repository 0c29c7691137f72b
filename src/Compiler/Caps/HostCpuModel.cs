namespace Qconv.Compiler.Caps;

/// <summary>
/// The <c>&lt;hostCPU&gt;</c> element of a capability cache file: what QEMU's
/// <c>query-cpu-model-expansion</c> reported for the host CPU under one accelerator. libvirt builds
/// <c>host-model</c> CPUs from it.
/// </summary>
public sealed record HostCpuModel(
    string VirtType,
    string Model,
    bool Migratability,
    IReadOnlyList<HostCpuProperty> Properties);

/// <summary>
/// One <c>&lt;property&gt;</c> of <c>&lt;hostCPU&gt;</c>. <see cref="Type"/> is <c>boolean</c>, <c>number</c>
/// or <c>string</c> as in the file; <see cref="Value"/> keeps the file's text. <see cref="Migratable"/> is
/// null when the file leaves the attribute out.
/// </summary>
public sealed record HostCpuProperty(string Name, string Type, string Value, bool? Migratable);
