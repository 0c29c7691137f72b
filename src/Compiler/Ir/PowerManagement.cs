namespace Qconv.Compiler.Ir;

/// <summary>&lt;pm&gt;: whether the guest may suspend to memory or disk (null = hypervisor default).</summary>
public sealed record PowerManagement(bool? SuspendToMem, bool? SuspendToDisk);
