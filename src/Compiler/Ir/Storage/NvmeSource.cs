namespace Qconv.Compiler.Ir;

/// <summary>An NVMe namespace of a host PCI controller used as a disk source.</summary>
public sealed record NvmeSource(PciAddress Address, ulong Namespace, bool Managed);
