namespace Qconv.Compiler.Native.Emitters;

/// <summary><c>-msg timestamp=on</c>: timestamps in QEMU's log lines, which libvirt collects.</summary>
public sealed class MessageEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx) => ctx.Add("-msg", "timestamp=on");
}
