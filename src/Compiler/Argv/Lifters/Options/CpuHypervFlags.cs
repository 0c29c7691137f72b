using System.Globalization;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Emitters;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// Hyper-V enlightenments in <c>-cpu</c> (<c>hv-*</c>, docs/system/i386/hyperv.rst) as libvirt writes
/// them from &lt;features&gt;&lt;hyperv&gt; (the inverse of to-native's HypervCpuProps): each known
/// enlightenment on or off, <c>hv-spinlocks</c> with its retry count, <c>hv-vendor-id</c> with its
/// value, the sub-features <c>hv-stimer-direct</c>, <c>hv-tlbflush-direct</c> and
/// <c>hv-tlbflush-ext</c> under their parent, and <c>hv-crash</c> as a Hyper-V &lt;panic&gt; device.
/// <c>hv-time</c> and <c>hv-passthrough</c> are <see cref="CpuParavirtFlags"/>. Anything else is
/// handed to <c>keep</c> (kept as passthrough).
/// </summary>
public static class CpuHypervFlags
{
    private static readonly Dictionary<string, (string Parent, string Child)> SubFeatures = new(StringComparer.Ordinal)
    {
        ["stimer-direct"] = ("stimer", "direct"),
        ["tlbflush-direct"] = ("tlbflush", "direct"),
        ["tlbflush-ext"] = ("tlbflush", "extended"),
    };

    public static bool TryLift(LiftContext ctx, CpuProperty p, Action<CpuProperty, string> keep)
    {
        if (!p.Name.StartsWith("hv-", StringComparison.Ordinal))
        {
            return false;
        }

        var hv = p.Name[3..];
        switch (hv)
        {
            case "crash" when p.On == true:
                ctx.AddDevice(new Panic { Model = "hyperv" });
                break;
            case "spinlocks":
                LiftSpinlocks(ctx, p);
                break;
            case "vendor-id":
                Features.AddChild(ctx, "hyperv", NodeBuilder.Element("vendor_id", ("state", "on"), ("value", p.Value)));
                break;
            case var _ when SubFeatures.TryGetValue(hv, out var sub) && p.On == true:
                if (!AddSubFeature(ctx, sub.Parent, sub.Child))
                {
                    keep(p, $"libvirt writes {p.Name} only after hv-{sub.Parent}=on");
                }

                break;
            case var _ when p.On is { } on && HypervCpuProps.Names.Contains(hv.Replace('-', '_')):
                Features.AddChild(ctx, "hyperv", NodeBuilder.Element(hv.Replace('-', '_'), ("state", on ? "on" : "off")));
                break;
            default:
                keep(p, "not a Hyper-V enlightenment libvirt writes");
                break;
        }

        return true;
    }

    private static void LiftSpinlocks(LiftContext ctx, CpuProperty p)
    {
        if (ParseRetries(p.Value) is not { } retries)
        {
            ctx.Error(LiftCodes.MalformedValue, p.Entry.ValueSpan, $"-cpu: {p.Written} '{p.Value}' is not a number");
            return;
        }

        Features.AddChild(ctx, "hyperv", NodeBuilder.Element("spinlocks", ("state", "on"), ("retries", retries.ToString(CultureInfo.InvariantCulture))));
    }

    private static bool AddSubFeature(LiftContext ctx, string parent, string child)
    {
        var hyperv = ctx.Domain.Features.Get("hyperv");
        if (hyperv?.Child(parent) is not { } node || node.Attr("state") != "on")
        {
            return false;
        }

        var updated = node with { Children = node.Children.Where(c => c.Name != child).Append(NodeBuilder.Element(child, ("state", "on"))).ToEquatableArray() };
        Features.Set(ctx, hyperv with { Children = hyperv.Children.Select(c => ReferenceEquals(c, node) ? updated : c).ToEquatableArray() });
        return true;
    }

    private static long? ParseRetries(string text) =>
        text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? long.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var h) ? h : null
            : long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : null;
}
