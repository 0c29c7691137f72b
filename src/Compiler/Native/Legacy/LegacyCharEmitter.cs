using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Native.Legacy;

/// <summary>
/// <c>-serial</c> and <c>-parallel</c> with QEMU's old character device specs (<c>pty</c>,
/// <c>file:PATH</c>, <c>unix:PATH[,server][,nowait]</c>, <c>tcp:HOST:PORT</c>...); libvirt passed
/// <c>none</c> for a guest without such ports so QEMU would not create its default ones.
/// </summary>
public sealed class LegacyCharEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        Emit(ctx, "serial");
        Emit(ctx, "parallel");
    }

    private static void Emit(EmitContext ctx, string kind)
    {
        var ports = ctx.Domain.DevicesOf<CharDevice>().Where(c => c.Kind == kind).ToList();
        if (ports.Count == 0)
        {
            ctx.Add("-" + kind, "none");
            return;
        }

        foreach (var p in ports)
        {
            ctx.Add("-" + kind, Spec(p.Source));
        }
    }

    public static string Spec(ChardevSource s) => s.Type switch
    {
        "pty" or "vc" or "null" or "stdio" => s.Type,
        "file" or "pipe" => $"{s.Type}:{s.Path}",
        "dev" => s.Path ?? "null",
        "unix" => $"unix:{s.Path}{(s.Listen ? ",server,nowait" : string.Empty)}",
        "tcp" => $"{(s.Protocol == "telnet" ? "telnet" : "tcp")}:{s.Host}:{s.Service}{(s.Listen ? ",server,nowait" : string.Empty)}",
        "udp" => $"udp:{s.Host}:{s.Service}",
        _ => s.Type,
    };
}
