using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-boot [order=]drives[,once=drives][,menu=on|off][,splash-time=ms][,reboot-timeout=ms][,strict=on]</c>
/// (docs/system/invocation): drive letters a/b floppy, c disk, d CD-ROM, n-p network become
/// &lt;os&gt;&lt;boot dev&gt;; menu and its timeout &lt;bootmenu&gt;; reboot-timeout &lt;bios rebootTimeout&gt;.
/// strict=on is what libvirt always passes with per-device boot indexes.
/// </summary>
public sealed class BootLifter() : OptionLifter(LiftPhase.Settings, "boot"), ILiftFinisher
{
    private static readonly string[] BootKinds = ["network", "fd", "cdrom", "hd"];
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
        ctx.State<BootState>().Strict = p.GetBool("strict") == true;
        ctx.IgnoreProperties(option, p, "order", "once", "menu", "splash-time", "reboot-timeout", "strict");
    }

    /// <summary>
    /// libvirt turns &lt;os&gt;&lt;boot dev&gt; into a bootindex on the first device of that kind
    /// (qemuBuildBootCommandLine with strict=on). A libvirt line with no bootindex at all therefore
    /// booted from a kind of device the guest does not have; without saying so, libvirt's default
    /// (boot from the first disk) would add one.
    /// </summary>
    public void Finish(LiftContext ctx)
    {
        if (!ctx.State<BootState>().Strict || !ctx.Domain.Os.BootDevices.IsEmpty || ctx.Devices.Any(d => d.Info.BootOrder is not null)
            || !ctx.Devices.OfType<Disk>().Any())
        {
            return;
        }

        var absent = BootKinds.FirstOrDefault(kind => !ctx.Devices.Any(d => kind switch
        {
            "network" => d.ElementName == "interface",
            "fd" => d is Disk { DeviceKind: "floppy" },
            "cdrom" => d is Disk { DeviceKind: "cdrom" },
            _ => d is Disk { DeviceKind: "disk" },
        }));
        if (absent is not null)
        {
            ctx.Domain = ctx.Domain with { Os = ctx.Domain.Os with { BootDevices = EquatableArray.Create(absent) } };
        }
    }

    private sealed class BootState
    {
        public bool Strict { get; set; }
    }
}
