using Qconv.Compiler.Ir;
using Qconv.Compiler.Passes;
using Xunit;

namespace Qconv.Compiler.Tests.Passes;

public sealed class PciSlotsTests
{
    private const PciConnectFlags PcieEndpoint = PciConnectFlags.PcieDevice | PciConnectFlags.Hotpluggable;
    private const PciConnectFlags PciEndpoint = PciConnectFlags.PciDevice | PciConnectFlags.Hotpluggable;

    [Fact]
    public void Root_ports_share_the_functions_of_one_slot_before_taking_the_next()
    {
        var set = Q35(dryRun: false);
        var flags = PciDeviceOrder.PciControllerFlags("pcie-root-port");
        var addresses = Enumerable.Range(0, 9).Select(_ => set.ReserveNext(flags)!).ToList();

        Assert.Equal(new PciAddress(0, 0, 1, 0), addresses[0]);
        Assert.Equal(new PciAddress(0, 0, 1, 7), addresses[7]);
        Assert.Equal(new PciAddress(0, 0, 2, 0), addresses[8]);
    }

    [Fact]
    public void Hotpluggable_endpoints_do_not_go_on_the_pcie_root_bus()
    {
        var set = Q35(dryRun: false);

        Assert.Null(set.ReserveNext(PcieEndpoint));
    }

    [Fact]
    public void A_dry_run_grows_a_root_port_per_pcie_endpoint()
    {
        var set = Q35(dryRun: true);

        var first = set.ReserveNext(PcieEndpoint);
        var second = set.ReserveNext(PcieEndpoint);

        Assert.Equal(new PciAddress(0, 1, 0, 0), first);
        Assert.Equal(new PciAddress(0, 2, 0, 0), second);
        Assert.Equal("pcie-root-port", set[2].Model);
    }

    [Fact]
    public void A_conventional_pci_device_on_a_pure_pcie_machine_gets_a_root_port_and_a_pcie_to_pci_bridge()
    {
        var set = Q35(dryRun: true);

        var a = set.ReserveNext(PciEndpoint);

        Assert.Equal(3, set.Count);
        Assert.Equal("pcie-root-port", set[1].Model);
        Assert.Equal("pcie-to-pci-bridge", set[2].Model);
        Assert.Equal(new PciAddress(0, 2, 1, 0), a);

        // The bridge's root port is reserved for the bridge: a PCIe endpoint gets a new one.
        Assert.Equal(3, set.ReserveNext(PcieEndpoint)!.Bus);
    }

    [Fact]
    public void Reserving_a_taken_function_is_reported()
    {
        var set = Q35(dryRun: false);
        var a = new PciAddress(0, 0, 3, 0);

        Assert.Null(set.Reserve(a, PciConnectFlags.PcieDevice));
        Assert.Contains("double use", set.Reserve(a, PciConnectFlags.PcieDevice), StringComparison.Ordinal);
    }

    private static PciSlots Q35(bool dryRun)
    {
        var set = new PciSlots(dryRun);
        set.AddBus(PciBus.ForModel("pcie-root")!);
        return set;
    }
}
