using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-watchdog MODEL</c> (a watchdog device) and <c>-watchdog-action ACTION</c> (what it does on
/// expiry; libvirt's default is reset). libvirt spells QEMU's "none" as "none" and "debug" as "dump".
/// </summary>
public sealed class WatchdogLifter() : OptionLifter(LiftPhase.Settings, "watchdog", "watchdog-action"), ILiftFinisher
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Value is not { } value)
        {
            return;
        }

        if (option.Name == "watchdog")
        {
            ctx.AddDevice(new Watchdog { Model = value.Text, Info = new DeviceInfo { Span = option.Span } });
        }
        else
        {
            ctx.State<WatchdogState>().Action = value.Text == "debug" ? "dump" : value.Text;
        }
    }

    public void Finish(LiftContext ctx)
    {
        if (ctx.State<WatchdogState>().Action is not { } action)
        {
            return;
        }

        foreach (var w in ctx.Devices.OfType<Watchdog>().ToList())
        {
            ctx.ReplaceDevice(w, w with { Action = action });
        }
    }

    private sealed class WatchdogState
    {
        public string? Action { get; set; }
    }
}
