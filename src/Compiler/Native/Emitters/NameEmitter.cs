using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary><c>-name guest=NAME,debug-threads=on</c> (qemuBuildNameCommandLine): debug-threads names QEMU's threads for tools like top.</summary>
public sealed class NameEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var kv = new KeyValueWriter().Add("guest", ctx.Domain.Name ?? "guest").Add("debug-threads", "on");
        ctx.Add("-name", kv);
    }
}
