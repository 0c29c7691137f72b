using Qconv.Compiler.Native.Writers;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// <c>-machine TYPE,usb=off,...,dump-guest-core=...,memory-backend=...</c> and <c>-accel</c>
/// (qemuBuildMachineCommandLine, qemuBuildAccelCommandLine).
/// </summary>
public sealed class MachineEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var d = ctx.Domain;
        var kv = new KeyValueWriter(d.Os.Machine ?? "pc");

        // libvirt manages USB controllers itself, so QEMU's implicit one is disabled.
        kv.Add("usb", "off");
        if (d.Features.Get("smm") is { } smm)
        {
            kv.Add("smm", smm.Attr("state") ?? "on");
        }

        kv.Add("dump-guest-core", DumpGuestCore(ctx));
        if (UsesMachineMemoryBackend(ctx))
        {
            kv.Add("memory-backend", MemoryEmitter.MachineRamId(ctx));
        }

        ctx.Add("-machine", kv);
        ctx.Add("-accel", d.VirtType == "kvm" ? "kvm" : "tcg");
    }

    private static string DumpGuestCore(EmitContext ctx) =>
        ctx.Domain.Memory.DumpCoreSetting ?? (ctx.Config.DumpGuestCore ? "on" : "off");

    /// <summary>The guest RAM is an explicit backend object unless guest NUMA cells carry it.</summary>
    public static bool UsesMachineMemoryBackend(EmitContext ctx) =>
        ctx.Domain.Cpu?.NumaCells.IsEmpty != false &&
        ctx.Caps.ResolveMachine(ctx.Domain.Os.Machine, MachinePass.CapsVirtType(ctx.Domain))?.DefaultRamId is not null;
}
