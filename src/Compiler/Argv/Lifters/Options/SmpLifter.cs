using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-smp [cpus=]N[,maxcpus=M][,sockets=,dies=,cores=,threads=]</c>: N CPUs online out of M, and
/// the topology when one is given. Missing topology counts default to 1 except sockets, which takes
/// what is left of M (QEMU's machine_parse_smp_config prefers sockets).
/// </summary>
public sealed class SmpLifter() : OptionLifter(LiftPhase.Settings, "smp")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Properties is not { } p)
        {
            return;
        }

        int? Read(string key)
        {
            if (p.Get(key) is not { } v)
            {
                return null;
            }

            if (p.GetInt64(key) is { } n and > 0 and <= 16384)
            {
                return (int)n;
            }

            ctx.Malformed(v, $"-smp: {key} must be a positive number");
            return null;
        }

        var cpus = Read("cpus");
        var max = Read("maxcpus");
        var sockets = Read("sockets");
        var dies = Read("dies");
        var cores = Read("cores");
        var threads = Read("threads");
        var perSocket = (dies ?? 1) * (cores ?? 1) * (threads ?? 1);
        var total = max ?? cpus ?? (sockets ?? 1) * perSocket;
        ctx.Domain = ctx.Domain with
        {
            Vcpu = ctx.Domain.Vcpu with { Max = total, Current = cpus is { } c && c != total ? c : null },
        };
        if (sockets is not null || cores is not null || threads is not null || dies is not null)
        {
            var topology = new CpuTopology(sockets ?? Math.Max(1, total / perSocket), dies ?? 1, cores ?? 1, threads ?? 1);
            ctx.Domain = ctx.Domain with { Cpu = (ctx.Domain.Cpu ?? new CpuSettings()) with { Topology = topology } };
        }

        ctx.IgnoreProperties(option, p, "cpus", "maxcpus", "sockets", "dies", "cores", "threads");
    }
}
