namespace Qconv.Compiler.Native.Emitters;

/// <summary><c>-S</c>: libvirt always starts QEMU with CPUs paused and resumes it over QMP.</summary>
public sealed class StoppedEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx) => ctx.Add("-S");
}
