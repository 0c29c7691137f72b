namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// <c>-no-shutdown</c> (libvirt handles guest shutdown itself over QMP) and <c>-no-acpi</c> for
/// x86 guests without the acpi feature (qemuBuildPMCommandLine).
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
    }
}
