namespace Qconv.Compiler.Ir;

/// <summary>
/// &lt;features&gt;: hypervisor features (acpi, apic, pae, hyperv, kvm, smm, ioapic, ...).
/// libvirt has ~30 of them with varied sub-structure; each is a <see cref="GenericNode"/> here and
/// typed accessors cover the ones the compiler reasons about.
/// </summary>
public sealed record FeatureSet(EquatableArray<GenericNode> Items)
{
    public static FeatureSet Empty { get; } = new(EquatableArray<GenericNode>.Empty);

    public GenericNode? Get(string name) => Items.FirstOrDefault(f => f.Name == name);

    public bool Has(string name) => Get(name) is not null;

    /// <summary>
    /// A feature's tri-state: null when absent, otherwise its <c>state</c> attribute (on/off),
    /// where a present element without <c>state</c> means on.
    /// </summary>
    public bool? State(string name) => Get(name) is { } f ? f.Attr("state") is not { } s || s == "on" : null;

    public FeatureSet With(GenericNode feature)
    {
        var idx = -1;
        for (var i = 0; i < Items.Count; i++)
        {
            if (Items[i].Name == feature.Name)
            {
                idx = i;
            }
        }

        return new FeatureSet(idx >= 0 ? Items.SetItem(idx, feature) : Items.Add(feature));
    }
}
