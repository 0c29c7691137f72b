namespace Qconv.Compiler.Caps;

/// <summary>
/// What a capability cache file says for one accelerator (<c>kvm</c>, <c>tcg</c>, ...): the host CPU
/// expansion, the machine types and the CPU models, each in file order.
/// </summary>
public sealed record AccelCaps(
    string VirtType,
    HostCpuModel? HostCpu,
    IReadOnlyList<MachineType> Machines,
    IReadOnlyList<CpuModel> CpuModels);
