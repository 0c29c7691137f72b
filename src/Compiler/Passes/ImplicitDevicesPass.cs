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

        if (!devices.OfType<Audio>().Any())
        {
            devices.Add(new Audio { Id = 1, Type = DefaultAudioType(domain, ctx) });
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
    /// Without graphics, host audio is used only when qemu.conf's nographics_allow_host_audio says
    /// so; otherwise the audio is discarded ('none').
    /// </summary>
    private static string DefaultAudioType(Domain domain, CompilationContext ctx) =>
        ctx.Config.NographicsAllowHostAudio ? "alsa" : "none";
}
