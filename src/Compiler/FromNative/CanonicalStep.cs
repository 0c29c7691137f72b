using Qconv.Compiler.Argv;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.FromNative;

/// <summary>
/// Says what a command line says in the shortest domain XML libvirt treats the same: a CPU topology
/// that equals libvirt's default for the vCPU count (all sockets, one die/core/thread) is left out,
/// as libvirt writes <c>-smp N,sockets=N,cores=1,threads=1</c> for a domain without one. A command
/// line that names <c>dies=</c> keeps it: libvirt writes dies only from a &lt;topology&gt; (when QEMU
/// knows dies, qemuBuildSmpCommandLine), so the domain had one.
/// </summary>
public static class CanonicalStep
{
    public static Domain Run(Domain domain, ArgvCommandLine commandLine)
    {
        var diesNamed = commandLine.Options.Any(o => o.Name == "smp" && o.Properties?.Contains("dies") == true);
        if (!diesNamed && domain.Cpu is { Topology: { } t } cpu && t.Sockets == domain.Vcpu.Max && t is { Dies: 1, Cores: 1, Threads: 1 })
        {
            cpu = cpu with { Topology = null };
            domain = domain with { Cpu = cpu == new CpuSettings() ? null : cpu };
        }

        return domain;
    }
}
