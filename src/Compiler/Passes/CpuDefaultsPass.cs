using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Gives x86 guests libvirt's default CPU: when there is no &lt;cpu&gt; model, the machine type's
/// default CPU from the capabilities (e.g. <c>qemu64-x86_64-cpu</c> → qemu64) as
/// <c>&lt;cpu mode='custom' match='exact' check='none'&gt;&lt;model fallback='forbid'&gt;</c>
/// (qemuDomainDefSetDefaultCPU).
/// </summary>
public sealed class CpuDefaultsPass : IDomainPass
{
    public string Name => "cpu-defaults";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        if (!MachineKind.IsX86(domain.Os.Arch))
        {
            return domain;
        }

        var cpu = domain.Cpu;
        if (cpu is { Mode: "host-passthrough", Migratable: null })
        {
            // qemuDomainDefCPUPostParse: QEMU that knows the property gets an explicit migratable=on.
            return domain with { Cpu = cpu with { Migratable = ctx.Caps.Has(new Caps.QemuCap("cpu.migratable")) ? "on" : "off" } };
        }

        if (cpu is { Mode: not null and not "custom" } || cpu?.Model is not null)
        {
            return domain;
        }

        var machine = ctx.Caps.ResolveMachine(domain.Os.Machine, MachinePass.CapsVirtType(domain));
        var type = machine?.DefaultCpuType;
        if (type is null)
        {
            return domain;
        }

        var suffix = "-" + ctx.Caps.Arch + "-cpu";
        var model = type.EndsWith(suffix, StringComparison.Ordinal) ? type[..^suffix.Length] : type;
        cpu ??= new CpuSettings();
        return domain with
        {
            Cpu = cpu with { Mode = "custom", Match = cpu.Match ?? "exact", Check = cpu.Check ?? "none", Model = model, Fallback = "forbid" },
        };
    }
}
