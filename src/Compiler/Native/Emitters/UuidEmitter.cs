namespace Qconv.Compiler.Native.Emitters;

/// <summary><c>-uuid</c>: the guest's SMBIOS system UUID.</summary>
public sealed class UuidEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        if (ctx.Domain.Uuid is { } uuid)
        {
            ctx.Add("-uuid", uuid);
        }
    }
}
