using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// The guest's I/O threads: the &lt;iothreadids&gt; entries, then ids 1, 2, ... not yet taken
/// until &lt;iothreads&gt; threads exist (virDomainIOThreadIDDefArrayInit).
/// </summary>
public static class IoThreadIds
{
    public static IReadOnlyList<IoThreadId> Effective(VcpuSettings vcpu)
    {
        var list = vcpu.IoThreadIds.ToList();
        var next = 1;
        while (list.Count < vcpu.IoThreads)
        {
            if (list.TrueForAll(t => t.Id != next))
            {
                list.Add(new IoThreadId(next, null, null));
            }

            next++;
        }

        return list;
    }
}
