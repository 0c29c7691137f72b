namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// <c>-no-shutdown</c> (libvirt handles guest shutdown itself over QMP) and <c>-no-acpi</c> for
/// x86 guests without the acpi feature, and the chipset's S3/S4 switches from &lt;pm&gt; (qemuBuildPMCommandLine).
/// </summary>
public sealed class PowerEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        ctx.Add("-no-shutdown");
        if (ctx.Domain.Features.State("acpi") != true && Passes.MachineKind.IsX86(ctx.Domain.Os.Arch))
        {
            ctx.Add("-no-acpi");
        }

        // <pm> suspend states are properties of the chipset's power management device.
        var pmDevice = Passes.MachineKind.IsQ35(ctx.Domain.Os.Machine) ? "ICH9-LPC" : Passes.MachineKind.IsI440Fx(ctx.Domain.Os.Machine) ? "PIIX4_PM" : null;
        if (pmDevice is not null && ctx.Domain.Pm is { } pm)
        {
            if (pm.SuspendToMem is { } s3)
            {
                ctx.Add("-global", $"{pmDevice}.disable_s3={(s3 ? 0 : 1)}");
            }

            if (pm.SuspendToDisk is { } s4)
            {
                ctx.Add("-global", $"{pmDevice}.disable_s4={(s4 ? 0 : 1)}");
            }
        }
    }
}
