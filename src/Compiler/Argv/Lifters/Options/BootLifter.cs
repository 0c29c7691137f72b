using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-boot [order=]drives[,once=drives][,menu=on|off][,splash-time=ms][,reboot-timeout=ms][,strict=on]</c>
/// (docs/system/invocation): drive letters a/b floppy, c disk, d CD-ROM, n-p network become
/// &lt;os&gt;&lt;boot dev&gt;; menu and its timeout &lt;bootmenu&gt;; reboot-timeout &lt;bios rebootTimeout&gt;.
/// strict=on is what libvirt always passes with per-device boot indexes.
/// </summary>
public sealed class BootLifter() : OptionLifter(LiftPhase.Settings, "boot")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Properties is not { } p)
        {
            return;
        }

        var os = ctx.Domain.Os;
        var order = p.GetString("order") ?? p.GetString("once");
        if (order is not null)
        {
            var devices = new List<string>();
            foreach (var letter in order)
            {
                var dev = letter switch
                {
                    'a' or 'b' => "fd",
                    'c' => "hd",
                    'd' => "cdrom",
                    >= 'n' and <= 'p' => "network",
                    _ => null,
                };
                if (dev is null)
                {
                    ctx.Malformed(p.Get("order") ?? p.Get("once")!, $"-boot: '{letter}' is not a boot drive (a, b, c, d, n-p)");
                    return;
                }

                if (!devices.Contains(dev))
                {
                    devices.Add(dev);
                }
            }

            os = os with { BootDevices = devices.ToEquatableArray() };
        }

        if (p.GetBool("menu") is { } menu)
        {
            os = os with { BootMenu = menu, BootMenuTimeout = menu ? (int?)p.GetInt64("splash-time") : null };
        }

        if (p.Get("reboot-timeout") is { } rt)
        {
            if (p.GetInt64("reboot-timeout") is { } ms and >= -1 and <= 65535)
            {
                os = os with { RebootTimeout = (int)ms };
            }
            else
            {
                ctx.Malformed(rt, "-boot: reboot-timeout must be -1 or 0-65535");
            }
        }

        ctx.Domain = ctx.Domain with { Os = os };
        ctx.IgnoreProperties(option, p, "order", "once", "menu", "splash-time", "reboot-timeout", "strict");
    }
}
