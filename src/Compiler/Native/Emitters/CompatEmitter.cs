using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// <c>-compat</c> from &lt;qemu:deprecation behavior=&gt; (qemuBuildCompatDeprecatedCommandLine): hide
/// deprecated output, and make QEMU reject or crash on deprecated input if asked.
/// </summary>
public sealed class CompatEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var behavior = ctx.Domain.QemuTuning.Deprecation;
        if (behavior is null or "none")
        {
            return;
        }

        var props = new JsonProps().Add("deprecated-output", "hide");
        if (behavior is "reject" or "crash")
        {
            props.Add("deprecated-input", behavior);
        }

        ctx.Add("-compat", props);
    }
}
