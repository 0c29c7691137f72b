using System.Globalization;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary><c>-smp N[,maxcpus=M],sockets=,cores=,threads=</c> (qemuBuildSmpCommandLine).</summary>
public sealed class SmpEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var v = ctx.Domain.Vcpu;
        var current = v.Current ?? v.Max;
        var kv = new KeyValueWriter(current.ToString(CultureInfo.InvariantCulture));
        if (current != v.Max)
        {
            kv.Add("maxcpus", v.Max);
        }

        var topo = ctx.Domain.Cpu?.Topology;
        if (topo is not null)
        {
            kv.Add("sockets", topo.Sockets);
            if (topo.Dies > 1 || ctx.Domain.Cpu?.Topology is { Dies: 1 } && ExplicitDies(ctx))
            {
                kv.Add("dies", topo.Dies);
            }

            kv.Add("cores", topo.Cores).Add("threads", topo.Threads);
        }
        else
        {
            kv.Add("sockets", v.Max).Add("cores", 1).Add("threads", 1);
        }

        ctx.Add("-smp", kv);
    }

    private static bool ExplicitDies(EmitContext ctx) => ctx.Caps.Has(new Caps.QemuCap("smp-dies"));
}
