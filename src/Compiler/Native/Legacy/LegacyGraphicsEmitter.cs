using System.Globalization;
using Qconv.Compiler.Caps;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Native.Legacy;

/// <summary>
/// <c>-vnc ADDR:DISPLAY</c> (display = port - 5900; autoport takes the first display, 5900) or
/// <c>-sdl</c>, as libvirt 0.6 wrote them; VNC without the vnc-colon capability is just the display.
/// </summary>
public sealed class LegacyGraphicsEmitter : IArgEmitter
{
    private const int VncBasePort = 5900;

    public void Emit(EmitContext ctx)
    {
        foreach (var g in ctx.Domain.DevicesOf<Graphics>())
        {
            switch (g.Type)
            {
                case "vnc":
                    var port = g.Port is { } p and >= VncBasePort ? p : VncBasePort;
                    var display = (port - VncBasePort).ToString(CultureInfo.InvariantCulture);
                    var listen = (g.Listens.Count > 0 ? g.Listens[0].Address : null) ?? "127.0.0.1";
                    ctx.Add("-vnc", ctx.Caps.Has(QemuCap.VncColon) ? $"{listen}:{display}" : display);
                    if (g.Keymap is { } keymap)
                    {
                        ctx.Add("-k", keymap);
                    }

                    break;
                case "sdl":
                    ctx.Add("-sdl");
                    break;
                default:
                    ctx.Error("QC0102", g.Info, $"graphics type '{g.Type}' is not available on this QEMU");
                    break;
            }
        }
    }
}
