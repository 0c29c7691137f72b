using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// The master key secret object (qemuBuildMasterKeyCommandLine): other secrets are passed to QEMU
/// encrypted with it, so it comes before anything that needs one.
/// </summary>
public sealed class MasterKeyEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var props = new JsonProps()
            .Add("qom-type", "secret")
            .Add("id", "masterKey0")
            .Add("format", "raw")
            .Add("file", ctx.LibDir + "/master-key.aes");
        ctx.Add("-object", props);
    }
}
