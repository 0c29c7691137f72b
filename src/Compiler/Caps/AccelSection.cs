using System.Xml.Linq;

namespace Qconv.Compiler.Caps;

/// <summary>
/// Reads the per-accelerator parts of a cache file: <c>&lt;hostCPU type=...&gt;</c>,
/// <c>&lt;machine type=...&gt;</c> and <c>&lt;cpu type=...&gt;</c>, grouped by their <c>type</c> in order of
/// first appearance.
/// </summary>
internal static class AccelSection
{
    public static List<AccelCaps> ReadAll(XElement root, CapsFileReader.Context ctx)
    {
        var order = new List<string>();
        var hosts = new Dictionary<string, HostCpuModel>(StringComparer.Ordinal);
        var machines = new Dictionary<string, List<MachineType>>(StringComparer.Ordinal);
        var cpus = new Dictionary<string, List<CpuModel>>(StringComparer.Ordinal);

        foreach (var e in root.Elements())
        {
            var kind = e.Name.LocalName;
            if (kind is not ("hostCPU" or "machine" or "cpu"))
            {
                continue;
            }

            var type = ctx.RequiredAttr(e, "type");
            if (type is null)
            {
                continue;
            }

            if (!order.Contains(type))
            {
                order.Add(type);
            }

            switch (kind)
            {
                case "hostCPU":
                    hosts[type] = ReadHostCpu(e, type, ctx);
                    break;
                case "machine":
                    if (ReadMachine(e, type, ctx) is { } m)
                    {
                        GetList(machines, type).Add(m);
                    }

                    break;
                default:
                    if (ReadCpu(e, type, ctx) is { } c)
                    {
                        GetList(cpus, type).Add(c);
                    }

                    break;
            }
        }

        return order.Select(t => new AccelCaps(
            t,
            hosts.GetValueOrDefault(t),
            machines.TryGetValue(t, out var ms) ? ms : [],
            cpus.TryGetValue(t, out var cs) ? cs : [])).ToList();
    }

    private static List<T> GetList<T>(Dictionary<string, List<T>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }

    private static MachineType? ReadMachine(XElement e, string type, CapsFileReader.Context ctx)
    {
        var name = ctx.RequiredAttr(e, "name");
        if (name is null)
        {
            return null;
        }

        return new MachineType(
            name,
            e.Attribute("alias")?.Value,
            type,
            ctx.OptionalIntAttr(e, "maxCpus") ?? 0,
            ctx.YesNo(e, "default") ?? false,
            ctx.YesNo(e, "hotplugCpus") ?? false,
            e.Attribute("defaultCPU")?.Value,
            e.Attribute("defaultRAMid")?.Value,
            ctx.YesNo(e, "deprecated") ?? false,
            ctx.YesNo(e, "numaMemSupported") ?? false,
            ctx.YesNo(e, "acpi"));
    }

    private static CpuModel? ReadCpu(XElement e, string type, CapsFileReader.Context ctx)
    {
        var name = ctx.RequiredAttr(e, "name");
        if (name is null)
        {
            return null;
        }

        var blockers = e.Elements("blocker").Select(b => ctx.RequiredAttr(b, "name")).OfType<string>().ToList();
        return new CpuModel(
            name,
            type,
            ctx.YesNo(e, "usable") ?? false,
            e.Attribute("typename")?.Value,
            blockers,
            ctx.YesNo(e, "deprecated") ?? false);
    }

    private static HostCpuModel ReadHostCpu(XElement e, string type, CapsFileReader.Context ctx)
    {
        var props = new List<HostCpuProperty>();
        foreach (var p in e.Elements("property"))
        {
            var name = ctx.RequiredAttr(p, "name");
            var ptype = ctx.RequiredAttr(p, "type");
            var value = ctx.RequiredAttr(p, "value");
            if (name is not null && ptype is not null && value is not null)
            {
                props.Add(new HostCpuProperty(name, ptype, value, ctx.YesNo(p, "migratable")));
            }
        }

        return new HostCpuModel(
            type,
            e.Attribute("model")?.Value ?? string.Empty,
            ctx.YesNo(e, "migratability") ?? false,
            props);
    }
}
