using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers;

/// <summary>&lt;features&gt;: kept as generic nodes (see <see cref="FeatureSet"/>), names checked against libvirt's list.</summary>
internal static class FeaturesReader
{
    private static readonly HashSet<string> Known =
    [
        "acpi", "apic", "pae", "hap", "viridian", "privnet", "hyperv", "kvm", "xen", "pvspinlock", "capabilities",
        "pmu", "vmport", "gic", "smm", "ioapic", "hpt", "vmcoreinfo", "htm", "nested-hv", "msrs", "ccf-assist",
        "cfpc", "sbbc", "ibs", "tcg", "async-teardown", "ras", "ps2",
    ];

    public static Domain Read(XElement e, Domain d, XmlReadContext ctx)
    {
        var items = new List<GenericNode>();
        foreach (var c in e.Elements())
        {
            if (!Known.Contains(c.Name.LocalName))
            {
                ctx.Error(c, "QX0003", $"unknown feature <{c.Name.LocalName}> in <features>");
                continue;
            }

            items.Add(XmlReadContext.Generic(c));
        }

        return d with { Features = new FeatureSet(items.ToEquatableArray()) };
    }
}
