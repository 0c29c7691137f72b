using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers;

/// <summary>&lt;maxMemory&gt;, &lt;memory&gt;, &lt;currentMemory&gt;, &lt;memoryBacking&gt; (numatune is written with vcpu settings, as libvirt orders it).</summary>
internal static class MemoryWriter
{
    public static void Write(XmlTextBuilder x, Domain d)
    {
        var m = d.Memory;
        if (m.MaxKiB is { } max)
        {
            x.Leaf("maxMemory", Str(max), ("slots", Str(m.MaxSlots)), ("unit", "KiB"));
        }

        x.Leaf("memory", Str(m.TotalKiB), ("unit", "KiB"), ("dumpCore", m.DumpCoreSetting));
        x.Leaf("currentMemory", Str(m.CurrentKiB ?? m.TotalKiB), ("unit", "KiB"));
        foreach (var e in d.Extras.Where(e => e.Name is "blkiotune" or "memtune"))
        {
            GenericNodeWriter.Write(x, e);
        }

        if (m.Backing is { } b)
        {
            x.Element("memoryBacking", mb =>
            {
                if (b.Hugepages)
                {
                    mb.Element("hugepages", hp =>
                    {
                        foreach (var p in b.Pages)
                        {
                            hp.Empty("page", ("size", Str(p.SizeKiB)), ("unit", "KiB"), ("nodeset", p.NodeSet));
                        }
                    });
                    if (b.Pages.IsEmpty)
                    {
                        mb.Empty("hugepages");
                    }
                }

                if (b.NoSharePages)
                {
                    mb.Empty("nosharepages");
                }

                if (b.Locked)
                {
                    mb.Empty("locked");
                }

                if (b.SourceType is { } st)
                {
                    mb.Empty("source", ("type", st));
                }

                if (b.AccessMode is { } am)
                {
                    mb.Empty("access", ("mode", am));
                }

                if (b.AllocationMode is not null || b.AllocationThreads is not null)
                {
                    mb.Empty("allocation", ("mode", b.AllocationMode), ("threads", Str(b.AllocationThreads)));
                }

                if (b.Discard)
                {
                    mb.Empty("discard");
                }
            });
        }
    }
}
