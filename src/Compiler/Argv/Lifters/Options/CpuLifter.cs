using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Emitters;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-cpu MODEL[,+feat|-feat|feat=on|off|prop=value...]</c> (docs/system/cpu-models-x86): the model
/// (<see cref="CpuMode"/>), CPUID features (in the CPU map's spelling), and the properties libvirt
/// writes from elsewhere in the domain: &lt;cpu&gt;'s own settings (<see cref="CpuModelProps"/>),
/// paravirtual flags (<see cref="CpuParavirtFlags"/>), &lt;kvm&gt; (<see cref="CpuKvmFlags"/>) and
/// Hyper-V (<see cref="CpuHypervFlags"/>). A property with a value that is neither on nor off and that
/// none of these knows has no domain XML form: it is kept as passthrough
/// (<see cref="CpuPropertyPassthrough"/>), the rest of the option is still lifted.
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

        var model = entries[0].Value;
        var props = entries.Skip(1).Select(CpuProperty.Read).ToList();
        ctx.Domain = ctx.Domain with { Cpu = CpuMode.Lift(ctx.Domain.Cpu ?? new CpuSettings(), model, props, ctx) };

        var own = new CpuModelProps(ctx, option, model);
        void Keep(CpuProperty p, string reason) => CpuPropertyPassthrough.Keep(ctx, option, model, p, reason);
        var features = new List<CpuFeature>();
        foreach (var p in props)
        {
            if (own.TryLift(p) || CpuParavirtFlags.TryLift(ctx, p.Name, p.On) || CpuKvmFlags.TryLift(ctx, p)
                || CpuHypervFlags.TryLift(ctx, p, Keep))
            {
                continue;
            }

            if (p.On is not { } on)
            {
                Keep(p, "not a CPU feature (on/off) nor a property qconv knows");
                continue;
            }

            var name = CpuFeatureNames.ToLibvirt(p.Name);
            features.RemoveAll(f => f.Name == name);
            features.Add(new CpuFeature(name, on ? "require" : "disable"));
        }

        own.Finish();
        var cpu = ctx.Domain.Cpu!;
        ctx.Domain = ctx.Domain with { Cpu = cpu with { Features = cpu.Features.Where(f => features.All(n => n.Name != f.Name)).Concat(features).ToEquatableArray() } };
    }
}
