using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers;

/// <summary>&lt;vcpu&gt;, &lt;iothreads&gt;, &lt;iothreadids&gt;, &lt;cputune&gt;, &lt;numatune&gt;.</summary>
internal static class VcpuWriter
{
    public static void Write(XmlTextBuilder x, Domain d)
    {
        var v = d.Vcpu;
        x.Leaf("vcpu", Str(v.Max), ("placement", v.Placement ?? "static"), ("cpuset", v.CpuSet), ("current", v.Current is { } c && c != v.Max ? Str(c) : null));
        foreach (var e in d.Extras.Where(e => e.Name == "vcpus"))
        {
            GenericNodeWriter.Write(x, e);
        }

        if (v.IoThreads > 0 || !v.IoThreadIds.IsEmpty)
        {
            x.Leaf("iothreads", Str(Math.Max(v.IoThreads, v.IoThreadIds.Count)));
        }

        if (!v.IoThreadIds.IsEmpty)
        {
            x.Open("iothreadids");
            foreach (var t in v.IoThreadIds)
            {
                x.Empty("iothread", ("id", Str(t.Id)), ("thread_pool_min", Str(t.PoolMin)), ("thread_pool_max", Str(t.PoolMax)));
            }

            x.Close();
        }

        foreach (var e in d.Extras.Where(e => e.Name == "defaultiothread"))
        {
            GenericNodeWriter.Write(x, e);
        }

        if (v.CpuTune is { } ct)
        {
            GenericNodeWriter.Write(x, ct);
        }

        if (d.Memory.NumaTune is { } nt)
        {
            x.Open("numatune");
            if (nt.Mode is not null || nt.NodeSet is not null || nt.Placement is not null)
            {
                x.Empty("memory", ("mode", nt.Mode ?? "strict"), ("nodeset", nt.NodeSet), ("placement", nt.Placement));
            }

            foreach (var n in nt.MemNodes)
            {
                x.Empty("memnode", ("cellid", Str(n.CellId)), ("mode", n.Mode), ("nodeset", n.NodeSet));
            }

            x.Close();
        }
    }
}
