namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// <c>-no-user-config -nodefaults</c>: libvirt describes every device itself, so QEMU must not read
/// its own config files or add default devices.
/// </summary>
public sealed class DefaultsEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        ctx.Add("-no-user-config");
        ctx.Add("-nodefaults");
    }
}
