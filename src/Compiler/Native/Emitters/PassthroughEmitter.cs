namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// &lt;qemu:commandline&gt; arguments, appended last and verbatim: each &lt;qemu:arg&gt; is one argv
/// word (libvirt's qemuBuildCommandLine appends them after everything else).
/// </summary>
public sealed class PassthroughEmitter : IArgEmitter
{
    public static PassthroughEmitter Instance { get; } = new();

    public void Emit(EmitContext ctx)
    {
        if (ctx.Domain.QemuCommandline is not { } q)
        {
            return;
        }

        foreach (var arg in q.Args)
        {
            ctx.Add(arg);
        }
    }
}
