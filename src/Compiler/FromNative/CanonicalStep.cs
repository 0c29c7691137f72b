using Qconv.Compiler.Ir;

namespace Qconv.Compiler.FromNative;

/// <summary>
/// Says what a command line says in the shortest domain XML libvirt treats the same: a CPU topology
/// that equals libvirt's default for the vCPU count (all sockets, one die/core/thread) is left out,
/// as libvirt writes <c>-smp N,sockets=N,cores=1,threads=1</c> for a domain without one.
/// </summary>
public static class CanonicalStep
{
    public static Domain Run(Domain domain)
    {
        if (domain.Cpu is { Topology: { } t } cpu && t.Sockets == domain.Vcpu.Max && t is { Dies: 1, Cores: 1, Threads: 1 })
        {
            cpu = cpu with { Topology = null };
            domain = domain with { Cpu = cpu == new CpuSettings() ? null : cpu };
        }

        return domain;
    }
}
