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

        // An option word followed by a non-option word is printed as one "option value" pair,
        // as libvirt's command formatter does.
        for (var i = 0; i < q.Args.Count; i++)
        {
            var arg = q.Args[i];
            if (arg.StartsWith('-') && i + 1 < q.Args.Count && !q.Args[i + 1].StartsWith('-'))
            {
                ctx.Add(arg, q.Args[++i]);
            }
            else
            {
                ctx.Add(arg);
            }
        }
    }
}
