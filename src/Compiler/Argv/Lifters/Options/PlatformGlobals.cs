using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-global</c> settings libvirt writes for chipset features (the mirror of to-native's MachineEmitter,
/// ClockEmitter and GlobalControllerEmitter): <c>mch.extended-tseg-mbytes</c> → &lt;smm&gt;&lt;tseg unit='MiB'&gt;,
/// <c>kvm-pit.lost_tick_policy</c> → the pit &lt;timer tickpolicy&gt; (slew is libvirt's catchup), and
/// <c>PIIX4_PM.acpi-root-pci-hotplug</c> → &lt;controller type='pci' model='pci-root'&gt;&lt;target hotplug&gt;.
/// </summary>
public static class PlatformGlobals
{
    /// <summary>Lifts one global; false when it is not one of these.</summary>
    public static bool TryLift(ArgvOption option, string driver, string prop, string value, LiftContext ctx)
    {
        switch (driver, prop)
        {
            case ("mch", "extended-tseg-mbytes") when ulong.TryParse(value, out _):
                var smm = ctx.Domain.Features.Get("smm");
                var tseg = NodeBuilder.Element("tseg", ("unit", "MiB")) with { Text = value };
                var state = smm?.Attr("state") ?? "on";
                Features.Set(ctx, NodeBuilder.Element("smm", [("state", state)], tseg));
                return true;
            case ("kvm-pit", "lost_tick_policy") when value is "delay" or "slew" or "discard":
                ClockTimers.Set(ctx, ClockTimers.Get(ctx, "pit") with { TickPolicy = value == "slew" ? "catchup" : value });
                return true;
            case ("PIIX4_PM", "acpi-root-pci-hotplug") when value is "on" or "off":
                ctx.AddDevice(new Controller
                {
                    Type = "pci",
                    Index = 0,
                    Model = "pci-root",
                    PciTarget = new PciControllerTarget { Hotplug = value },
                    Info = new DeviceInfo { Span = option.Span },
                });
                return true;
            default:
                return false;
        }
    }
}
