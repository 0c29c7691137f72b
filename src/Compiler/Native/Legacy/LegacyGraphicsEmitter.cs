namespace Qconv.Compiler.Native.Legacy;

/// <summary><c>-vnc</c> or <c>-sdl</c> for graphics, as device records describe themselves (<see cref="Ir.ILegacyGraphics"/>).</summary>
public sealed class LegacyGraphicsEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        foreach (var g in ctx.Domain.Devices.OfType<Ir.ILegacyGraphics>())
        {
            ctx.Add(g.LegacyOption, g.LegacyValue(ctx.Host));
        }
    }
}
