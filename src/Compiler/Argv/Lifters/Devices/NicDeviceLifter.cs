using Qconv.Compiler.Argv.Lifters.Options;
using Qconv.Compiler.Argv.Values;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// Network cards (<c>e1000</c>, <c>rtl8139</c>, <c>virtio-net-pci</c>, ...): an &lt;interface&gt; whose
/// type and source come from the <c>-netdev</c> that <c>netdev=</c> names, model from the driver
/// (libvirt's model names are QEMU's, except virtio-net-pci, which is "virtio").
/// </summary>
public sealed class NicDeviceLifter : IDeviceLifter
{
    public IReadOnlyList<string> Drivers { get; } =
        ["e1000", "e1000e", "rtl8139", "virtio-net-pci", "virtio-net", "ne2k_pci", "pcnet", "i82559er", "vmxnet3", "usb-net", "spapr-vlan"];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        Backend? netdev = null;
        if (p.GetEntry("netdev") is { } entry && p.GetString("netdev") is { } id)
        {
            netdev = ctx.Resolve("netdev", id, entry.Value.Span);
            if (netdev is null)
            {
                return;
            }
        }

        var driver = p.GetString("driver")!;
        var model = driver is "virtio-net-pci" or "virtio-net" ? "virtio" : driver;
        var iface = NetBackends.Interface(ctx, netdev?.Properties, p.GetString("mac"), model, option.Span);
        if (iface is not null)
        {
            ctx.AddDevice(iface with { Info = DeviceProps.Info(option, p, ctx) });
        }

        ctx.IgnoreProperties(option, p, [.. DeviceProps.Keys, "netdev", "mac"]);
    }
}
