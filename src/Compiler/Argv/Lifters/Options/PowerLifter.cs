using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// ACPI and power actions: without <c>-no-acpi</c> an x86 guest has ACPI (&lt;features&gt;&lt;acpi/&gt;);
/// <c>-no-reboot</c> makes a reboot end the guest (&lt;on_reboot&gt;destroy); <c>-no-shutdown</c>
/// only keeps QEMU alive for libvirt after a guest shutdown and has no XML of its own.
/// </summary>
public sealed class PowerLifter() : OptionLifter(LiftPhase.Settings, "no-acpi", "no-reboot", "no-shutdown"), ILiftFinisher
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        switch (option.Name)
        {
            case "no-acpi":
                ctx.State<PowerState>().NoAcpi = true;
                break;
            case "no-reboot":
                ctx.Domain = ctx.Domain with { Lifecycle = ctx.Domain.Lifecycle with { OnReboot = "destroy" } };
                break;
        }
    }

    public void Finish(LiftContext ctx)
    {
        if (!ctx.State<PowerState>().NoAcpi && MachineKind.IsX86(ctx.Domain.Os.Arch) && !ctx.Domain.Features.Has("acpi"))
        {
            Features.Set(ctx, NodeBuilder.Element("acpi"));
        }
    }

    private sealed class PowerState
    {
        public bool NoAcpi { get; set; }
    }
}
