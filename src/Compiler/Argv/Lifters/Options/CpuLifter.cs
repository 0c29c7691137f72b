using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-cpu MODEL[,+feat|-feat|feat=on|off...]</c> (docs/system/cpu-models-x86): the model
/// (<c>host</c> → host-passthrough, <c>max</c> → maximum, others a custom model as libvirt stores
/// it), CPUID features, and the flags libvirt puts elsewhere: Hyper-V enlightenments (<c>hv_*</c>
/// → &lt;features&gt;&lt;hyperv&gt;, <c>hv_crash</c> → a Hyper-V &lt;panic&gt;), <c>kvm=off</c>
/// (&lt;kvm&gt;&lt;hidden&gt;) and <c>kvmclock</c> (a clock &lt;timer&gt;).
/// </summary>
public sealed class CpuLifter() : OptionLifter(LiftPhase.Settings, "cpu")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Value is not { } value)
        {
            return;
        }

        var entries = KeyValueParser.Parse(value, ctx.Diagnostics);
        if (entries.IsEmpty)
        {
            return;
        }

        var cpu = ctx.Domain.Cpu ?? new CpuSettings();
        cpu = entries[0].Value switch
        {
            "host" => cpu with { Mode = "host-passthrough", Check = "none", Migratable = "on" },
            "max" => cpu with { Mode = "maximum", Check = "none", Migratable = "on" },
            var model => cpu with { Mode = "custom", Match = "exact", Check = "none", Model = model, Fallback = "forbid" },
        };
        var features = new List<CpuFeature>(cpu.Features);
        foreach (var e in entries.Skip(1))
        {
            var (name, on) = e switch
            {
                { Key: { } k } => (k, e.Value is "on" or "true" or "yes" ? true : e.Value is "off" or "false" or "no" ? false : (bool?)null),
                _ when e.Value.StartsWith('+') => (e.Value[1..], true),
                _ when e.Value.StartsWith('-') => (e.Value[1..], false),
                _ => (e.Value, true),
            };
            if (LiftSpecial(ctx, name.Replace('_', '-'), on, e))
            {
                continue;
            }

            if (on is null)
            {
                ctx.Error(LiftCodes.MalformedValue, e.ValueSpan, $"-cpu: feature '{name}' needs on or off, not '{e.Value}'");
                continue;
            }

            features.RemoveAll(f => f.Name == name);
            features.Add(new CpuFeature(name, on.Value ? "require" : "disable"));
        }

        ctx.Domain = ctx.Domain with { Cpu = cpu with { Features = features.ToEquatableArray() } };
    }

    private static bool LiftSpecial(LiftContext ctx, string name, bool? on, KeyValueEntry e)
    {
        if (CpuParavirtFlags.TryLift(ctx, name, on))
        {
            return true;
        }

        if (name == "kvm" && on == false)
        {
            Features.AddChild(ctx, "kvm", NodeBuilder.Element("hidden", ("state", "on")));
            return true;
        }

        if (name == "kvmclock" && on is { } present)
        {
            var timers = ctx.Domain.Clock.Timers.Where(t => t.Name != "kvmclock").Append(new ClockTimer { Name = "kvmclock", Present = present });
            ctx.Domain = ctx.Domain with { Clock = ctx.Domain.Clock with { Timers = timers.ToEquatableArray() } };
            return true;
        }

        if (!name.StartsWith("hv-", StringComparison.Ordinal))
        {
            return false;
        }

        var hv = name[3..];
        if (hv == "crash")
        {
            ctx.AddDevice(new Panic { Model = "hyperv" });
            return true;
        }

        if (hv == "spinlocks")
        {
            if (ParseRetries(e.Value) is not { } retries)
            {
                ctx.Error(LiftCodes.MalformedValue, e.ValueSpan, $"-cpu: hv_spinlocks '{e.Value}' is not a number");
                return true;
            }

            Features.AddChild(ctx, "hyperv", NodeBuilder.Element("spinlocks", ("state", "on"), ("retries", retries.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            return true;
        }

        if (hv == "vendor-id")
        {
            Features.AddChild(ctx, "hyperv", NodeBuilder.Element("vendor_id", ("state", "on"), ("value", e.Value)));
            return true;
        }

        Features.AddChild(ctx, "hyperv", NodeBuilder.Element(hv, ("state", on == false ? "off" : "on")));
        return true;
    }

    private static long? ParseRetries(string text) =>
        text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? long.TryParse(text.AsSpan(2), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var h) ? h : null
            : long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
}
