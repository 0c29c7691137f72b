namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// Options libvirt passes to every guest for its own management, which say nothing about the guest
/// itself: <c>-S</c> (start paused), <c>-no-user-config</c>, <c>-nodefaults</c>, <c>-sandbox</c>,
/// <c>-msg</c>, <c>-overcommit</c> (mem-lock is &lt;memoryBacking&gt;&lt;locked/&gt;), <c>-daemonize</c>,
/// <c>-pidfile</c>, <c>-nodefconfig</c> and the like. Accepted, no XML.
/// </summary>
/// With <c>-nodefaults</c> QEMU adds no devices of its own, and domain XML must say "none" where
/// libvirt would otherwise add one: no virtio balloon and, with <c>-machine usb=off</c> and no USB
/// controller device, no USB controller.
public sealed class AcceptedLifter() : OptionLifter(
    LiftPhase.Settings, "S", "no-user-config", "nodefconfig", "nodefaults", "sandbox", "msg", "overcommit", "daemonize", "pidfile"), ILiftFinisher
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Name == "nodefaults")
        {
            ctx.State<DefaultsState>().NoDefaults = true;
        }

        if (option.Name == "overcommit" && option.Properties?.GetBool("mem-lock") == true)
        {
            var backing = ctx.Domain.Memory.Backing ?? new Ir.MemoryBacking();
            ctx.Domain = ctx.Domain with { Memory = ctx.Domain.Memory with { Backing = backing with { Locked = true } } };
        }
    }

    public void Finish(LiftContext ctx)
    {
        if (!ctx.State<DefaultsState>().NoDefaults)
        {
            return;
        }

        if (!ctx.Devices.OfType<Ir.Memballoon>().Any())
        {
            ctx.AddDevice(new Ir.Memballoon { Model = "none" });
        }

        if (ctx.State<UsbState>().MachineUsb == false && !ctx.Devices.OfType<Ir.Controller>().Any(c => c.Type == "usb"))
        {
            ctx.AddDevice(new Ir.Controller { Type = "usb", Index = 0, Model = "none" });
        }
    }

    private sealed class DefaultsState
    {
        public bool NoDefaults { get; set; }
    }
}
