using Qconv.Compiler.Caps;

namespace Qconv.Compiler.Native.Legacy;

/// <summary>
/// <c>-S -M TYPE</c>, then <c>-no-kqemu</c> (a QEMU with the kqemu accelerator compiled in would
/// otherwise use it for plain emulation guests) or <c>-enable-kvm</c> for KVM guests.
/// </summary>
public sealed class LegacyMachineEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        ctx.Add("-S");
        ctx.Add("-M", ctx.Domain.Os.Machine ?? "pc");
        if (ctx.Domain.VirtType == "kvm" && ctx.Caps.Has(new QemuCap("enable-kvm")))
        {
            ctx.Add("-enable-kvm");
        }
        else if (ctx.Domain.VirtType != "kqemu" && ctx.Caps.Has(new QemuCap("kqemu")))
        {
            ctx.Add("-no-kqemu");
        }
    }
}
