using System.Globalization;
using Qconv.Compiler.Caps;

namespace Qconv.Compiler.Native.Legacy;

/// <summary>
/// <c>-m MiB -smp N [-name NAME] [-uuid UUID]</c>. Memory is truncated to whole MiB, as libvirt of
/// that era divided KiB by 1024 (the page's 219200 KiB guest runs with <c>-m 214</c>).
/// </summary>
public sealed class LegacyMemoryCpuEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var d = ctx.Domain;
        ctx.Add("-m", (d.Memory.TotalKiB / 1024).ToString(CultureInfo.InvariantCulture));
        ctx.Add("-smp", d.Vcpu.Max.ToString(CultureInfo.InvariantCulture));
        if (d.Name is { } name && ctx.Caps.Has(new QemuCap("name")))
        {
            ctx.Add("-name", name);
        }

        if (d.Uuid is { } uuid && ctx.Caps.Has(new QemuCap("uuid")))
        {
            ctx.Add("-uuid", uuid);
        }
    }
}
