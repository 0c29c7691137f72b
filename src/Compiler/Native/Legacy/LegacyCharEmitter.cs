namespace Qconv.Compiler.Native.Legacy;

/// <summary>
/// <c>-serial</c> and <c>-parallel</c>: libvirt passed <c>none</c> for a guest without such ports so
/// QEMU would not create its default ones.
/// </summary>
public sealed class LegacyCharEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        Emit(ctx, "serial");
        Emit(ctx, "parallel");
    }

    private static void Emit(EmitContext ctx, string family)
    {
        var ports = ctx.Domain.Devices.Where(d => d.ElementName == family).OfType<Ir.ILegacyCharDevice>().ToList();
        if (ports.Count == 0)
        {
            ctx.Add("-" + family, "none");
            return;
        }

        foreach (var p in ports)
        {
            ctx.Add("-" + family, p.LegacyCharSpec);
        }
    }
}
