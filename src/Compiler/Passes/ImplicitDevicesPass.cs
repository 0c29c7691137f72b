using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Adds the implicit non-controller devices of an x86 guest (virDomainDefAddImplicitDevices,
/// qemuDomainDefAddDefaultDevices): PS/2 mouse and keyboard, a virtio memory balloon, and a
/// default audio backend when none is defined (qemuDomainDefAddDefaultAudioBackend).
/// </summary>
public sealed class ImplicitDevicesPass : IDomainPass
{
    public string Name => "implicit-devices";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var devices = domain.Devices.ToList();
        if (MachineKind.IsX86(domain.Os.Arch) && (MachineKind.IsI440Fx(domain.Os.Machine) || MachineKind.IsQ35(domain.Os.Machine)))
        {
            InsertInputIfMissing(devices, "mouse");
            InsertInputIfMissing(devices, "keyboard");
        }

        if (!devices.OfType<Memballoon>().Any())
        {
            devices.Add(new Memballoon { Model = "virtio" });
        }

        if (!devices.OfType<Audio>().Any() && DefaultAudio(domain, ctx) is { } audio)
        {
            devices.Add(audio);
        }

        return domain.WithDevices(devices);
    }

    private static void InsertInputIfMissing(List<Device> devices, string type)
    {
        if (!devices.OfType<Input>().Any(i => i.Type == type && (i.Bus ?? "ps2") == "ps2"))
        {
            devices.Add(new Input { Type = type, Bus = "ps2" });
        }
    }

    /// <summary>
    /// The audio backend libvirt adds when the XML has none (qemuDomainDefAddDefaultAudioBackend):
    /// SPICE clients get the sound (<c>spice</c>); SDL plays it locally (<c>sdl</c>, with libvirtd's
    /// SDL_AUDIODRIVER); VNC and guests without graphics discard it (<c>none</c>) unless qemu.conf's
    /// <c>vnc_allow_host_audio</c> / <c>nographics_allow_host_audio</c> lets them use the host's
    /// audio: the driver named by libvirtd's QEMU_AUDIO_DRV, else the platform default. Guests whose
    /// only displays are egl-headless or D-Bus get no backend.
    /// </summary>
    private static Audio? DefaultAudio(Domain domain, CompilationContext ctx)
    {
        var add = false;
        var passthrough = false;
        var type = "none";
        foreach (var g in domain.DevicesOf<Graphics>())
        {
            switch (g.Type)
            {
                case "vnc":
                    add = true;
                    passthrough = ctx.Config.VncAllowHostAudio;
                    type = "none";
                    break;
                case "spice":
                    add = true;
                    passthrough = false;
                    type = "spice";
                    break;
                case "sdl":
                    add = true;
                    passthrough = false;
                    type = "sdl";
                    break;
            }
        }

        if (!domain.DevicesOf<Graphics>().Any())
        {
            add = true;
            passthrough = ctx.Config.NographicsAllowHostAudio;
        }

        if (!add)
        {
            return null;
        }

        if (passthrough)
        {
            var env = ctx.Host.GetEnvironmentVariable("QEMU_AUDIO_DRV");
            type = env switch
            {
                null => HostDefaultAudio,
                "pa" => "pulseaudio",
                "wav" => "file",
                _ => env,
            };
        }

        return new Audio
        {
            Id = 1,
            Type = type,
            SdlDriver = type == "sdl" ? ctx.Host.GetEnvironmentVariable("SDL_AUDIODRIVER") : null,
        };
    }

    /// <summary>QEMU's own first choice of host audio driver on Linux.</summary>
    private const string HostDefaultAudio = "alsa";
}
