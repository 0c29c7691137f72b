using Qconv.Compiler.Caps;

namespace Qconv.Compiler.Native.Legacy;

/// <summary>
/// <c>-nographic</c> for guests without graphics, the human monitor on a pty (<c>-monitor pty</c>,
/// libvirt talked to it as text then), <c>-localtime</c> and <c>-no-acpi</c>.
/// </summary>
public sealed class LegacyDisplayEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var d = ctx.Domain;
        if (!d.Devices.Any(x => x.ElementName == "graphics"))
        {
            ctx.Add("-nographic");
        }

        ctx.Add("-monitor", "pty");
        if (d.Clock.Offset == "localtime" || d.Clock.LegacySync == "localtime")
        {
            ctx.Add("-localtime");
        }

        if (d.Features.State("acpi") != true && ctx.Caps.Has(new QemuCap("no-acpi")))
        {
            ctx.Add("-no-acpi");
        }
    }
}
