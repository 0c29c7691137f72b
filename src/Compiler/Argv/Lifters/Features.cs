using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters;

/// <summary>
/// Sets &lt;features&gt; children in libvirt's formatting order (the virDomainFeature enum), so a
/// lifted domain lists them as libvirt would whatever order the options came in.
/// </summary>
public static class Features
{
    private static readonly string[] Order =
    [
        "acpi", "apic", "pae", "hap", "viridian", "privnet", "hyperv", "kvm", "pvspinlock", "capabilities", "pmu",
        "vmport", "gic", "smm", "ioapic", "hpt", "vmcoreinfo", "htm", "nested-hv", "msrs", "ccf-assist", "xen", "cfpc",
        "sbbc", "ibs", "tcg", "async-teardown",
    ];

    public static void Set(LiftContext ctx, GenericNode feature)
    {
        var items = ctx.Domain.Features.Items.Where(f => f.Name != feature.Name).Append(feature)
            .OrderBy(f => Array.IndexOf(Order, f.Name) is var i && i < 0 ? int.MaxValue : i)
            .ToEquatableArray();
        ctx.Domain = ctx.Domain with { Features = new FeatureSet(items) };
    }

    /// <summary>Adds <paramref name="child"/> to a feature with children (&lt;hyperv&gt;, &lt;kvm&gt;), creating it.</summary>
    public static void AddChild(LiftContext ctx, string feature, GenericNode child)
    {
        var existing = ctx.Domain.Features.Get(feature);
        var children = (existing?.Children ?? EquatableArray<GenericNode>.Empty).Where(c => c.Name != child.Name).Append(child);
        Set(ctx, new GenericNode(feature, existing?.Attributes ?? EquatableArray<Attr>.Empty, null, children.ToEquatableArray()));
    }

    public static void Remove(LiftContext ctx, string feature) =>
        ctx.Domain = ctx.Domain with { Features = new FeatureSet(ctx.Domain.Features.Items.Where(f => f.Name != feature).ToEquatableArray()) };
}
