using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// <c>-boot [menu=on|off,]strict=on</c> (qemuBuildBootCommandLine). Boot order itself is given per
/// device with <c>bootindex</c>; strict=on stops QEMU from trying devices without one.
/// </summary>
public sealed class BootEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var os = ctx.Domain.Os;
        var kv = new KeyValueWriter();
        if (os.BootMenu is { } menu)
        {
            kv.AddOnOff("menu", menu);
            if (menu && os.BootMenuTimeout is { } t)
            {
                kv.Add("splash-time", t);
            }
        }

        if (os.RebootTimeout is { } rt)
        {
            kv.Add("reboot-timeout", rt);
        }

        kv.Add("strict", "on");
        ctx.Add("-boot", kv);
    }
}
