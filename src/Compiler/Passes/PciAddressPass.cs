using Qconv.Compiler.Caps;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Assigns PCI addresses and adds the PCI controllers they need, the way libvirt does for x86
/// (qemuDomainAssignPCIAddresses in qemu_domain_address.c). A dry run over a growing address set
/// first finds out how many buses the devices need — on Q35 each hot-pluggable PCIe endpoint gets a
/// pcie-root-port of its own, plus one spare root port for later hotplug when libvirt manages the
/// topology — and the missing controllers are added. The real run then reserves the addresses
/// from the XML, the chipset's fixed functions (<see cref="PciChipsetSlots"/>), and hands out the
/// next free slot family by family in <see cref="PciDeviceOrder"/>'s order; root ports share the
/// functions of one slot. Finally function 0 of shared slots is marked multifunction and the
/// controllers get their chassis/port numbers.
/// </summary>
public sealed class PciAddressPass : IDomainPass
{
    public string Name => "pci-addresses";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var q35 = MachineKind.IsQ35(domain.Os.Machine);
        if (!q35 && !MachineKind.IsI440Fx(domain.Os.Machine))
        {
            return domain;
        }

        var devices = domain.Devices.Select(ClearZeroAddress).ToList();
        var maxIdx = MaxPciControllerIndex(devices);
        var bridgeOk = ctx.Caps.Has(new QemuCap("pcie-pci-bridge"));

        // Pass 1: count the buses.
        var dry = CreateSet(devices, domain, maxIdx + 1, dryRun: true, bridgeOk, q35, ctx);
        if (dry is null)
        {
            return domain;
        }

        PciChipsetSlots.Apply(dry, devices, domain);
        if (!q35 && !dry.IsFullyReserved)
        {
            // Keep one slot free for a future bridge on pci-root machines.
            dry.ReserveNext(PciConnectFlags.PciDevice | PciConnectFlags.Hotpluggable);
        }

        if (!AssignGroups(dry, devices, domain, commit: false, ctx))
        {
            return domain;
        }
        if (q35 && maxIdx <= 0 && dry.Count > maxIdx + 1)
        {
            // libvirt manages the topology: leave one empty root port for hotplug.
            dry.ReserveNext(PciConnectFlags.PcieDevice | PciConnectFlags.Hotpluggable);
        }

        PciControllerModels(devices, dry.Count, out var present);
        for (var i = 1; i < dry.Count; i++)
        {
            if (present[i])
            {
                continue;
            }

            var added = new Controller { Type = "pci", Index = i, Model = dry[i].Model };
            InsertController(devices, added);
            dry.ReserveNext(PciDeviceOrder.PciControllerFlags(added.Model));
        }

        // Pass 2: the real assignment.
        var set = CreateSet(devices, domain, dry.Count, dryRun: false, bridgeOk, q35, ctx);
        if (set is null)
        {
            return domain;
        }

        PciChipsetSlots.Apply(set, devices, domain);
        if (!AssignGroups(set, devices, domain, commit: true, ctx))
        {
            return domain.WithDevices(devices);
        }

        SetAllMulti(devices);
        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i] is Controller { Type: "pci" } c)
            {
                devices[i] = PciControllerDefaults.Apply(c, ctx.Caps);
            }
        }

        return domain.WithDevices(devices);
    }

    private static int MaxPciControllerIndex(List<Device> devices)
    {
        int? max = null;
        foreach (var d in devices)
        {
            if (d is Controller { Type: "pci" } c && (max is null || c.Index > max))
            {
                max = c.Index;
            }
        }

        return max ?? 0;
    }

    /// <summary>For each index below <paramref name="count"/>: whether a PCI controller has it, and the first such controller's model.</summary>
    private static string?[] PciControllerModels(List<Device> devices, int count, out bool[] present)
    {
        var models = new string?[count];
        present = new bool[count];
        foreach (var d in devices)
        {
            if (d is Controller { Type: "pci" } c && c.Index >= 0 && c.Index < count && !present[c.Index])
            {
                present[c.Index] = true;
                models[c.Index] = c.Model;
            }
        }

        return models;
    }

    public static string Format(PciAddress a) => $"{a.Domain:x4}:{a.Bus:x2}:{a.Slot:x2}.{a.Function:x}";

    /// <summary>An all-zero PCI address means "assign one for me" (virDeviceInfoPCIAddressIsWanted).</summary>
    private static Device ClearZeroAddress(Device d) =>
        d.Info.Address is PciAddress { IsZero: true } ? d with { Info = d.Info with { Address = null } } : d;

    private static PciSlots? CreateSet(List<Device> devices, Domain domain, int nbuses, bool dryRun, bool bridgeOk, bool q35, CompilationContext ctx)
    {
        var set = new PciSlots(dryRun, bridgeOk);
        var models = PciControllerModels(devices, nbuses, out _);
        for (var i = 0; i < nbuses; i++)
        {
            var model = models[i]
                        ?? (i == 0 ? (q35 ? "pcie-root" : "pci-root") : (q35 ? "pcie-root-port" : "pci-bridge"));
            if (PciBus.ForModel(model) is not { } bus)
            {
                ctx.Error("QC0022", domain.Span, $"unsupported PCI controller model '{model}'");
                return null;
            }

            set.AddBus(bus);
        }

        foreach (var d in devices)
        {
            if (d.Info.Address is not PciAddress a || d is Controller { Model: "pci-root" or "pcie-root" })
            {
                continue;
            }

            if (set.Reserve(a, PciDeviceOrder.ConnectFlags(d, domain)) is { } error)
            {
                if (!dryRun || error.StartsWith("Attempted", StringComparison.Ordinal))
                {
                    ctx.Error("QC0020", d.Info, error);
                    return null;
                }
            }
        }

        return set;
    }

    private static bool AssignGroups(PciSlots set, List<Device> devices, Domain domain, bool commit, CompilationContext ctx)
    {
        // Connect flags depend only on the device, so they are computed once for every group walk.
        var flagsOf = new PciConnectFlags[devices.Count];
        for (var i = 0; i < devices.Count; i++)
        {
            flagsOf[i] = devices[i].Info.Address is null ? PciDeviceOrder.ConnectFlags(devices[i], domain) : PciConnectFlags.None;
        }

        // The groups are disjoint, so each device is classified once instead of once per group.
        var groupOf = new int[devices.Count];
        for (var i = 0; i < devices.Count; i++)
        {
            groupOf[i] = PciDeviceOrder.GroupOf(devices[i]);
        }

        var members = new List<int>(devices.Count);
        for (var g = 0; g < PciDeviceOrder.Groups.Count; g++)
        {
            members.Clear();
            var allPciControllers = true;
            for (var i = 0; i < devices.Count; i++)
            {
                if (groupOf[i] == g)
                {
                    members.Add(i);
                    allPciControllers &= devices[i] is Controller { Type: "pci" };
                }
            }

            if (allPciControllers)
            {
                // PCI controllers are kept sorted by index in libvirt's definition.
                members.Sort((x, y) => ((Controller)devices[x]).Index.CompareTo(((Controller)devices[y]).Index));
            }

            foreach (var i in members)
            {
                var d = devices[i];
                var flags = flagsOf[i];
                if (d.Info.Address is not null || flags == PciConnectFlags.None)
                {
                    continue;
                }

                if (set.ReserveNext(flags) is not { } addr)
                {
                    ctx.Error("QC0021", d.Info, "No more available PCI slots");
                    return false;
                }

                if (commit)
                {
                    devices[i] = d with { Info = d.Info with { Address = addr } };
                }
            }
        }

        return true;
    }

    /// <summary>New PCI controllers go after the PCI controllers with lower indexes (virDomainControllerInsert).</summary>
    // Buses found missing are appended after every existing controller (virDomainDefAddController
    // appends; it does not sort like the parser's virDomainControllerInsert).
    private static void InsertController(List<Device> devices, Controller added) => devices.Add(added);

    /// <summary>Function 0 of a slot with other functions in use becomes multifunction (virDomainPCIAddressSetAllMulti).</summary>
    private static void SetAllMulti(List<Device> devices)
    {
        // bus << 8 | slot of every slot with a function other than 0 in use
        var shared = new List<int>();
        foreach (var d in devices)
        {
            if (d.Info.Address is PciAddress { Function: not 0 } a)
            {
                shared.Add(a.Bus << 8 | a.Slot);
            }
        }

        if (shared.Count == 0)
        {
            return;
        }
        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i].Info.Address is PciAddress { Function: 0, Multifunction: null } a && shared.Contains(a.Bus << 8 | a.Slot))
            {
                devices[i] = devices[i] with { Info = devices[i].Info with { Address = a with { Multifunction = true } } };
            }
        }
    }
}
