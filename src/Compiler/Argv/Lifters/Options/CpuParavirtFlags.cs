using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-cpu</c> flags libvirt derives from &lt;features&gt; and &lt;clock&gt; rather than from CPU
/// features (qemuBuildCpuCommandLine, the mirror of to-native's CpuEmitter): <c>kvm-pv-eoi</c> →
/// &lt;apic eoi&gt;, <c>kvm-pv-unhalt</c> → &lt;pvspinlock state&gt;, <c>pmu</c> → &lt;pmu state&gt;,
/// <c>kvmclock</c> → the kvmclock &lt;timer present&gt;, <c>hv-time</c> → the hypervclock &lt;timer&gt;,
/// <c>hv-passthrough</c> → &lt;hyperv mode='passthrough'&gt;.
/// Lifting them there lets to-native write them in libvirt's order after the CPU features.
/// </summary>
public static class CpuParavirtFlags
{
    /// <summary>Lifts one flag (dashes already normalized); false when it is not one of these.</summary>
    public static bool TryLift(LiftContext ctx, string name, bool? on)
    {
        if (on is not { } enabled)
        {
            return false;
        }

        var state = enabled ? "on" : "off";
        switch (name)
        {
            case "kvm-pv-eoi":
                var apic = ctx.Domain.Features.Get("apic");
                var attrs = (apic?.Attributes ?? EquatableArray<Attr>.Empty).Where(a => a.Key != "eoi").Append(new("eoi", state));
                Features.Set(ctx, new GenericNode("apic", attrs.ToEquatableArray(), null, apic?.Children ?? EquatableArray<GenericNode>.Empty));
                return true;
            case "kvm-pv-unhalt":
                Features.Set(ctx, NodeBuilder.Element("pvspinlock", ("state", state)));
                return true;
            case "pmu":
                Features.Set(ctx, NodeBuilder.Element("pmu", ("state", state)));
                return true;
            case "kvmclock":
                ClockTimers.Set(ctx, ClockTimers.Get(ctx, "kvmclock") with { Present = enabled });
                return true;
            case "hv-time":
                ClockTimers.Set(ctx, ClockTimers.Get(ctx, "hypervclock") with { Present = enabled });
                return true;
            case "hv-passthrough" when enabled:
                var hyperv = ctx.Domain.Features.Get("hyperv");
                Features.Set(ctx, NodeBuilder.Element("hyperv", [("mode", "passthrough")], [.. hyperv?.Children ?? EquatableArray<GenericNode>.Empty]));
                return true;
            default:
                return false;
        }
    }
}
