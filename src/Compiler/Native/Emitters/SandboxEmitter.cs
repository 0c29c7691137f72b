namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// QEMU's seccomp sandbox (qemuBuildSeccompSandboxCommandLine): with qemu.conf's seccomp_sandbox
/// enabled (the default), deny obsolete syscalls, privilege changes, spawning and resource control.
/// </summary>
public sealed class SandboxEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        if (ctx.Config.SeccompSandbox != 0)
        {
            ctx.Add("-sandbox", "on,obsolete=deny,elevateprivileges=deny,spawn=deny,resourcecontrol=deny");
        }
    }
}
