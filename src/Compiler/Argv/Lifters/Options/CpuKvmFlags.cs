using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// The &lt;features&gt;&lt;kvm&gt; flags libvirt folds into <c>-cpu</c> (qemuBuildCpuCommandLine,
/// the inverse of to-native's CpuEmitter): <c>kvm=off</c> is &lt;hidden state='on'&gt;,
/// <c>kvm-hint-dedicated=on</c> &lt;hint-dedicated&gt;, <c>kvm-poll-control=on</c> &lt;poll-control&gt;,
/// <c>kvm-pv-ipi=off</c> &lt;pv-ipi state='off'&gt;. libvirt writes only those values (the others are
/// QEMU's defaults), so any other value is left to the caller. Children keep libvirt's order
/// (virDomainKVM) whatever order the properties came in.
/// </summary>
public static class CpuKvmFlags
{
    private static readonly (string Property, bool Value, string Child, string State)[] Flags =
    [
        ("kvm", false, "hidden", "on"),
        ("kvm-hint-dedicated", true, "hint-dedicated", "on"),
        ("kvm-poll-control", true, "poll-control", "on"),
        ("kvm-pv-ipi", false, "pv-ipi", "off"),
    ];

    private static readonly string[] Order = ["hidden", "hint-dedicated", "poll-control", "pv-ipi", "dirty-ring"];

    public static bool TryLift(LiftContext ctx, CpuProperty p)
    {
        var i = Array.FindIndex(Flags, f => f.Property == p.Name && f.Value == p.On);
        if (i < 0)
        {
            return false;
        }

        var (_, _, child, state) = Flags[i];
        var kvm = ctx.Domain.Features.Get("kvm");
        var children = (kvm?.Children ?? EquatableArray<GenericNode>.Empty)
            .Where(c => c.Name != child)
            .Append(NodeBuilder.Element(child, ("state", state)))
            .OrderBy(c => Array.IndexOf(Order, c.Name) is var k && k < 0 ? int.MaxValue : k);
        Features.Set(ctx, new GenericNode("kvm", kvm?.Attributes ?? EquatableArray<Attr>.Empty, null, children.ToEquatableArray()));
        return true;
    }
}
