namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// <c>-display none</c> when the guest has no graphics (qemuBuildDisplayCommandLine): QEMU would
/// otherwise open a window.
/// </summary>
public sealed class DisplayEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        if (!ctx.Domain.Devices.Any(d => d.ElementName == "graphics"))
        {
            ctx.Add("-display", "none");
        }
    }
}
