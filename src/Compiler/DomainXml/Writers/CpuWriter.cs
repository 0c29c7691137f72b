using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers;

/// <summary>&lt;cpu&gt; (virCPUDefFormat): model, vendor, topology, cache, features, numa.</summary>
internal static class CpuWriter
{
    public static void Write(XmlTextBuilder x, CpuSettings? cpu)
    {
        if (cpu is null)
        {
            return;
        }

        x.Element(
            "cpu",
            c =>
            {
                // <model vendor_id=...> also stands alone, for host-model with a vendor id.
                if (cpu.Model is not null || cpu.VendorId is not null)
                {
                    c.Leaf("model", cpu.Model, ("fallback", cpu.Fallback), ("vendor_id", cpu.VendorId));
                }

                OptionalText(c, "vendor", cpu.Vendor);
                if (cpu.Topology is { } t)
                {
                    c.Empty("topology", ("sockets", Str(t.Sockets)), ("dies", Str(t.Dies)), ("cores", Str(t.Cores)), ("threads", Str(t.Threads)));
                }

                if (cpu.Cache is { } cache)
                {
                    GenericNodeWriter.Write(c, cache);
                }

                if (cpu.MaxPhysAddr is { } mpa)
                {
                    GenericNodeWriter.Write(c, mpa);
                }

                foreach (var f in cpu.Features)
                {
                    c.Empty("feature", ("policy", f.Policy), ("name", f.Name));
                }

                if (!cpu.NumaCells.IsEmpty)
                {
                    c.Open("numa");
                    foreach (var cell in cpu.NumaCells)
                    {
                        WriteCell(c, cell);
                    }

                    if (cpu.NumaInterconnects is { } ic)
                    {
                        GenericNodeWriter.Write(c, ic);
                    }

                    c.Close();
                }
            },
            ("mode", cpu.Mode),
            ("match", cpu.Mode is null or "custom" ? cpu.Match : null),
            ("check", cpu.Check),
            ("migratable", cpu.Migratable));
    }

    private static void WriteCell(XmlTextBuilder x, NumaCell cell)
    {
        var attrs = new (string, string?)[]
        {
            ("id", Str(cell.Id)), ("cpus", cell.Cpus), ("memory", Str(cell.MemoryKiB)), ("unit", "KiB"),
            ("memAccess", cell.MemAccess), ("discard", cell.Discard is { } d ? YesNo(d) : null),
        };
        if (cell.Distances.IsEmpty && cell.Extra.IsEmpty)
        {
            x.Empty("cell", attrs);
            return;
        }

        x.Open("cell", attrs);
        if (!cell.Distances.IsEmpty)
        {
            x.Open("distances");
            foreach (var s in cell.Distances)
            {
                x.Empty("sibling", ("id", Str(s.CellId)), ("value", Str(s.Value)));
            }

            x.Close();
        }

        foreach (var e in cell.Extra)
        {
            GenericNodeWriter.Write(x, e);
        }

        x.Close();
    }
}
