namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-object TYPE,id=ID,...</c>: memory backends (for -machine memory-backend= and -numa memdev=),
/// secrets and iothreads (<see cref="IoThreadObjects"/>). libvirt's own master key secret (<c>masterKey0</c>) is part of how libvirt
/// runs QEMU, not of the guest, and is accepted without XML; iothreads become &lt;iothreadids&gt;;
/// an <c>input-linux</c> object is a host evdev device passed to the guest (&lt;input type='evdev'&gt;).
/// </summary>
public sealed class ObjectLifter() : OptionLifter(LiftPhase.Backends, "object")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (ctx.DefineFromOption("object", option) is not { } backend)
        {
            return;
        }

        var (id, type) = (backend.Id, backend.Properties.GetString("qom-type"));

        if (type == "secret" && id == "masterKey0")
        {
            backend.Used = true;
        }
        else if (type == "input-linux")
        {
            backend.Used = true;
            var p = backend.Properties;
            ctx.AddDevice(new Ir.Input
            {
                Type = "evdev",
                SourcePath = p.GetString("evdev"),
                Repeat = p.GetBool("repeat"),
                Grab = p.GetBool("grab_all") == true ? "all" : null,
                GrabToggle = p.GetString("grab-toggle"),
                Info = new Ir.DeviceInfo { Span = option.Span },
            });
            ctx.IgnoreProperties(option, p, "qom-type", "id", "evdev", "repeat", "grab_all", "grab-toggle");
        }
        else
        {
            IoThreadObjects.TryLift(backend, ctx);
        }
    }
}
