using System.Collections.Frozen;
using System.Globalization;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// PCI controllers (the mirror of to-native's PciControllerProps): root ports, switch ports, bridges and
/// expander buses become &lt;controller type='pci' index=N model=...&gt; with &lt;model name&gt; (the QEMU
/// device used) and &lt;target&gt; (chassis/port, chassisNr, busNr, hotplug, NUMA node). The index is
/// the N of libvirt's <c>pci.N</c> id. Lifting them keeps the topology of the command line: libvirt
/// only adds controllers of its own (and a spare hotplug root port on Q35) when the XML has none.
/// </summary>
public sealed class PciControllerLifter : IDeviceLifter
{
    // QEMU device → libvirt model (qemuDomainPCIControllerSetDefaultModelName in reverse).
    private static readonly Dictionary<string, string> Models = new(StringComparer.Ordinal)
    {
        ["pci-bridge"] = "pci-bridge", ["i82801b11-bridge"] = "dmi-to-pci-bridge", ["pcie-root-port"] = "pcie-root-port",
        ["ioh3420"] = "pcie-root-port", ["x3130-upstream"] = "pcie-switch-upstream-port",
        ["xio3130-downstream"] = "pcie-switch-downstream-port", ["pxb"] = "pci-expander-bus", ["pxb-pcie"] = "pcie-expander-bus",
        ["pcie-pci-bridge"] = "pcie-to-pci-bridge",
    };

    private static readonly FrozenSet<string> Known = DeviceProps.Understood(["chassis_nr", "chassis", "bus_nr", "numa_node", "hotplug"]);

    public IReadOnlyList<string> Drivers => [.. Models.Keys];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        var driver = p.GetString("driver")!;
        var id = p.GetString("id");
        if (id is null || !id.StartsWith("pci.", StringComparison.Ordinal)
            || !int.TryParse(id.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index <= 0)
        {
            // Devices name their bus by this id, so a controller without libvirt's pci.N naming cannot be placed.
            ctx.KeepAsPassthrough(option, $"PCI controller '{driver}' without a pci.N id");
            return;
        }

        var target = new PciControllerTarget
        {
            ChassisNr = Int(p, "chassis_nr"),
            Chassis = Int(p, "chassis"),
            Port = Int(p, "port"),
            BusNr = Int(p, "bus_nr"),
            NumaNode = Int(p, "numa_node"),
            Hotplug = p.GetBool("hotplug") is { } hp ? (hp ? "on" : "off") : null,
        };

        // "port" is the root port's number here; on a PCI bus it does not make a USB address.
        var info = DeviceProps.Info(option, p, ctx);
        ctx.AddDevice(new Controller
        {
            Type = "pci",
            Index = index,
            Model = Models[driver],
            ModelName = driver,
            PciTarget = target,
            Info = info,
        });
        ctx.IgnoreProperties(option, p, Known);
    }

    private static int? Int(PropertyBag p, string key) => p.GetInt64(key) is { } v ? (int)v : null;
}
