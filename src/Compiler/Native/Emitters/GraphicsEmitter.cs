using System.Globalization;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// Displays in document order (qemuBuildGraphicsCommandLine): <c>-vnc</c> (with its TLS
/// credentials object before it), <c>-spice</c>, and <c>-display</c> for SDL, egl-headless and
/// D-Bus. Options and their order follow QEMU's -vnc/-spice documentation as libvirt 9.0 uses them.
/// </summary>
public sealed class GraphicsEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        foreach (var g in ctx.Domain.DevicesOf<Graphics>())
        {
            switch (g.Type)
            {
                case "sdl":
                    EmitSdl(ctx, g);
                    break;
                case "vnc":
                    VncArgs.Emit(ctx, g);
                    break;
                case "spice":
                    SpiceArgs.Emit(ctx, g);
                    break;
                case "egl-headless":
                    ctx.Add("-display", new KeyValueWriter("egl-headless").AddIfNotNull("rendernode", g.RenderNode));
                    break;
                case "dbus":
                    EmitDbus(ctx, g);
                    break;
            }
        }
    }

    private static void EmitSdl(EmitContext ctx, Graphics g)
    {
        if (g.XAuth is { } xauth)
        {
            ctx.AddEnv("XAUTHORITY", xauth);
        }

        if (g.Display is { } display)
        {
            ctx.AddEnv("DISPLAY", display);
        }

        if (g.FullScreen)
        {
            ctx.Add("-full-screen");
        }

        var opt = new KeyValueWriter("sdl");
        if (g.GlEnable is { } gl)
        {
            opt.AddOnOff("gl", gl);
        }

        ctx.Add("-display", opt);
    }

    private static void EmitDbus(EmitContext ctx, Graphics g)
    {
        var opt = new KeyValueWriter("dbus");
        if (g.DbusP2p == true)
        {
            opt.Add("p2p", "on");
        }
        else
        {
            opt.AddIfNotNull("addr", g.DbusAddress);
        }

        if (g.GlEnable is { } gl)
        {
            opt.AddOnOff("gl", gl);
        }

        opt.AddIfNotNull("rendernode", g.RenderNode);
        if (g.AudioId is > 0 && SoundEmitter.AudioIdFor(ctx, g, g.AudioId) is { } audio)
        {
            opt.Add("audiodev", audio);
        }

        ctx.Add("-display", opt);
    }

    internal static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
