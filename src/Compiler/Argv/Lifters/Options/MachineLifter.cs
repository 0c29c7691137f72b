using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-machine [type=]T,...</c> and its old spelling <c>-M T</c>: machine type, accelerator
/// (<c>accel=kvm</c> makes a KVM guest), and the machine properties domain XML has a place for
/// (dump-guest-core → &lt;memory dumpCore&gt;, mem-merge=off → &lt;nosharepages/&gt;, smm and
/// vmport → &lt;features&gt;, pcspk-audiodev → the PC speaker's backend, aes/dea-key-wrap → &lt;keywrap&gt;; libvirt's qemuBuildMachineCommandLine
/// in reverse; the platform ones are in <see cref="MachinePlatformProps"/>; SGX EPC sections are memory devices). usb= is remembered for the USB lifter;
/// memory-backend= must name an -object (the machine RAM, read with the memory family).
/// </summary>
public sealed class MachineLifter() : OptionLifter(LiftPhase.Settings, "machine", "M")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Properties is not { } p)
        {
            return;
        }

        if (p.GetString("type") is { Length: > 0 } type)
        {
            ctx.Domain = ctx.Domain with { Os = ctx.Domain.Os with { Machine = type } };
        }

        if (p.GetString("accel") is { } accel)
        {
            AccelLifter.SetAccelerator(ctx, accel.Split(':')[0], p.Get("accel")!);
        }

        if (p.GetBool("usb") is { } usb)
        {
            ctx.State<UsbState>().MachineUsb = usb;
        }

        if (p.GetString("dump-guest-core") is { } core)
        {
            ctx.Domain = ctx.Domain with { Memory = ctx.Domain.Memory with { DumpCoreSetting = core } };
        }

        if (p.GetBool("mem-merge") == false)
        {
            var backing = ctx.Domain.Memory.Backing ?? new MemoryBacking();
            ctx.Domain = ctx.Domain with { Memory = ctx.Domain.Memory with { Backing = backing with { NoSharePages = true } } };
        }

        foreach (var feature in (ReadOnlySpan<string>)["smm", "vmport"])
        {
            if (p.GetBool(feature) is { } on)
            {
                Features.Set(ctx, NodeBuilder.Element(feature, ("state", on ? "on" : "off")));
            }
        }

        LiftKeyWrap(ctx, p);
        if (p.GetEntry("memory-backend") is { } backend && p.GetString("memory-backend") is { } id)
        {
            if (ctx.Resolve("object", id, backend.Value.Span) is { } ram)
            {
                ctx.State<Memory.MemoryBackendUses>().Uses.Add(new Memory.MemoryBackendUse(ram));
            }
        }

        if (p.GetEntry("pcspk-audiodev") is { } speaker && p.GetString("pcspk-audiodev") is { } audiodev && ctx.Resolve("audiodev", audiodev, speaker.Value.Span) is not null)
        {
            Devices.SoundDeviceLifter.MachineSpeaker(ctx, audiodev);
        }

        Firmware.PflashFirmware.Lift(p, ctx);
        MachinePlatformProps.Lift(ctx, p);
        var epc = Devices.MemoryDeviceLifter.LiftMachineSections(option, p, ctx);

        // nvdimm=on and hmat=on follow from an NVDIMM device and HMAT data in <numa> (MachineEmitter).
        ctx.IgnoreProperties(option, p, ["type", "accel", "usb", "dump-guest-core", "mem-merge", "smm", "vmport", "aes-key-wrap", "dea-key-wrap", "memory-backend", "pflash0", "pflash1", "nvdimm", "hmat", "pcspk-audiodev", .. MachinePlatformProps.Keys, .. epc]);
    }

    private static void LiftKeyWrap(LiftContext ctx, PropertyBag p)
    {
        var ciphers = new List<GenericNode>();
        foreach (var name in (ReadOnlySpan<string>)["aes", "dea"])
        {
            if (p.GetBool(name + "-key-wrap") is { } on)
            {
                ciphers.Add(NodeBuilder.Element("cipher", ("name", name), ("state", on ? "on" : "off")));
            }
        }

        if (ciphers.Count > 0)
        {
            var keywrap = new GenericNode("keywrap", EquatableArray<Attr>.Empty, null, ciphers.ToEquatableArray());
            ctx.Domain = ctx.Domain with { Extras = ctx.Domain.Extras.Where(e => e.Name != "keywrap").Append(keywrap).ToEquatableArray() };
        }
    }
}
