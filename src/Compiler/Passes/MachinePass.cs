using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Fills the architecture and machine type: a missing machine becomes the capabilities' default
/// (libvirt's virQEMUCapsGetPreferredMachine), a missing arch the emulator's arch.
/// </summary>
public sealed class MachinePass : IDomainPass
{
    public string Name => "machine";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var os = domain.Os;
        if (os.Arch is null)
        {
            os = os with { Arch = ctx.Caps.Arch };
        }

        if (string.IsNullOrEmpty(os.Machine))
        {
            var machine = ctx.Caps.ResolveMachine(null, CapsVirtType(domain));
            if (machine is null)
            {
                ctx.Error("QC0001", os.Span, "no machine type given and the capabilities have no default machine");
                return domain;
            }

            os = os with { Machine = machine.Name };
        }

        return domain with { Os = os };
    }

    /// <summary>Capability caches list machines per accelerator: kvm for KVM guests, tcg otherwise.</summary>
    public static string CapsVirtType(Domain domain) => domain.VirtType == "kvm" ? "kvm" : "tcg";
}
