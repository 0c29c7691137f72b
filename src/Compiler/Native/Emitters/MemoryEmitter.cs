using System.Globalization;
using Qconv.Compiler.Native.Writers;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// <c>-m</c> (with slots/maxmem for memory hotplug), the machine RAM backend object and
/// <c>-overcommit mem-lock</c> (qemuBuildMemCommandLine). Sizes are whole MiB after
/// <see cref="MemoryAlignPass"/>.
/// </summary>
public sealed class MemoryEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var m = ctx.Domain.Memory;
        if (m.MaxKiB is { } max && m.MaxSlots is { } slots)
        {
            ctx.Add("-m", new KeyValueWriter()
                .Add("size", $"{m.TotalKiB.ToString(CultureInfo.InvariantCulture)}k")
                .Add("slots", slots)
                .Add("maxmem", $"{max.ToString(CultureInfo.InvariantCulture)}k"));
        }
        else
        {
            ctx.Add("-m", (m.TotalKiB / 1024).ToString(CultureInfo.InvariantCulture));
        }

        if (MachineEmitter.UsesMachineMemoryBackend(ctx) &&
            MemoryBackendProps.Build(ctx, new MemoryBackendRequest(MachineRamId(ctx), m.TotalKiB, null, SystemMemory: true)) is { } backend)
        {
            EmitBackend(ctx, backend);
        }

        ctx.Add("-overcommit", new KeyValueWriter().AddOnOff("mem-lock", m.Backing?.Locked == true));
    }

    public static void EmitBackend(EmitContext ctx, MemoryBackend backend)
    {
        if (backend.ThreadContext is { } tc)
        {
            ctx.Add("-object", tc);
        }

        ctx.Add("-object", backend.Props);
    }

    public static string MachineRamId(EmitContext ctx) =>
        ctx.Caps.ResolveMachine(ctx.Domain.Os.Machine, MachinePass.CapsVirtType(ctx.Domain))?.DefaultRamId ?? "pc.ram";
}
