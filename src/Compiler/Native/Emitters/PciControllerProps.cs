using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// <c>-device</c> properties of a PCI controller (qemuBuildControllerPCIDevProps): the roots are
/// built into the machine and emit nothing; bridges carry their chassis_nr, expander buses their
/// bus_nr, root and downstream ports their port/chassis numbers and optional hotplug switch.
/// </summary>
public static class PciControllerProps
{
    public static JsonProps? Build(Controller c)
    {
        if (c.Model is null or "pci-root" or "pcie-root" || c.ModelName is not { } driver)
        {
            return null;
        }

        var t = c.PciTarget ?? new PciControllerTarget();
        var props = new JsonProps().Add("driver", driver);
        switch (c.Model)
        {
            case "pci-bridge":
                props.AddIfNotNull("chassis_nr", t.ChassisNr);
                props.AddIfNotNull("id", c.Info.Alias);
                break;
            case "pci-expander-bus" or "pcie-expander-bus":
                props.AddIfNotNull("bus_nr", t.BusNr);
                props.AddIfNotNull("id", c.Info.Alias);
                props.AddIfNotNull("numa_node", t.NumaNode);
                break;
            case "pcie-root-port" or "pcie-switch-downstream-port":
                props.AddIfNotNull("port", t.Port);
                props.AddIfNotNull("chassis", t.Chassis);
                props.AddIfNotNull("id", c.Info.Alias);
                if (t.Hotplug is { } hp)
                {
                    props.Add("hotplug", hp == "on");
                }

                break;
            default:
                props.AddIfNotNull("id", c.Info.Alias);
                break;
        }

        return props;
    }
}
