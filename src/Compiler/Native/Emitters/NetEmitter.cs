using System.Globalization;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// Network interfaces (qemuBuildNetCommandLine / qemuBuildInterfaceCommandLine): per interface the
/// backend's prerequisites (vhost-user chardev, vDPA fd set), the <c>-netdev</c> backend
/// (qemuBuildHostNetProps) and the NIC <c>-device</c> (qemuBuildNicDevProps). Interfaces of type
/// hostdev are PCI host devices and are emitted with the host devices.
/// </summary>
public sealed class NetEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var boot = BootIndexes.Of(ctx);
        foreach (var net in ctx.Domain.DevicesOf<Interface>().Where(n => n.Type != "hostdev"))
        {
            var alias = net.Info.Alias ?? "net0";
            if (net.Type == "vhostuser" && net.Chardev is { } chr)
            {
                ChardevBackend.Emit(ctx, chr, "char" + alias, net, passFds: false, wait: true);
            }

            var vdpaSet = FdSets.Of(ctx).Set(net, "vdpa");
            if (vdpaSet is { } vs)
            {
                ctx.Add("-add-fd", $"set={vs},fd={ctx.Host.OpenVdpa(net.Source?.Dev ?? string.Empty)},opaque={alias}-vdpa");
            }

            var backend = NetBackendProps.Build(ctx, net, alias, vdpaSet);
            if (backend is null)
            {
                continue;
            }

            ctx.Add("-netdev", backend);
            ctx.Add("-device", NicProps(ctx, net, alias, boot.TryGetValue(net, out var b) ? b : null));
        }
    }

    private static JsonProps NicProps(EmitContext ctx, Interface net, string alias, int? bootIndex)
    {
        JsonProps props;
        if (NetDefaultsPass.IsVirtio(net))
        {
            var driver = net.Driver ?? new InterfaceDriver();
            props = VirtioProps.Create(VirtioNetDriver(net), driver.Virtio);
            var queues = Queues(net);
            props.AddIfNotNull("tx", driver.TxMode switch { "iothread" => "bh", "timer" => "timer", _ => null });
            AddSwitch(props, "ioeventfd", driver.IoEventFd);
            AddSwitch(props, "event_idx", driver.EventIdx);
            foreach (var (value, prop) in HostOffloads(driver.Host))
            {
                AddSwitch(props, prop, value);
            }

            foreach (var (value, prop) in GuestOffloads(driver.Guest))
            {
                AddSwitch(props, prop, value);
            }

            if (queues > 1)
            {
                props.Add("mq", true).Add("vectors", (2 * queues) + 2);
            }

            AddInt(props, "rx_queue_size", driver.RxQueueSize);
            AddInt(props, "tx_queue_size", driver.TxQueueSize);
            AddSwitch(props, "rss", driver.Rss);
            AddSwitch(props, "hash", driver.RssHashReport);
            props.AddIfNotNull("host_mtu", net.Mtu);
            if (net.Teaming?.Type == "persistent")
            {
                props.Add("failover", true);
            }
        }
        else
        {
            props = new JsonProps().Add("driver", net.Model ?? "rtl8139");
        }

        props.Add("netdev", "host" + alias).Add("id", alias).Add("mac", net.Mac ?? string.Empty);
        props.AddIfNotNull("bootindex", bootIndex);
        DeviceAddressProps.Add(props, net, ctx.Domain);
        RomProps(props, net.Rom);
        return props;
    }

    /// <summary>qemuBuildRomProps: rom bar on/off and a ROM file ('' when the ROM is disabled).</summary>
    public static void RomProps(JsonProps props, DeviceRom? rom)
    {
        if (rom?.Bar is { } bar)
        {
            props.Add("rombar", bar == "on" ? 1 : 0);
        }

        var file = rom?.Enabled == "no" ? string.Empty : rom?.File;
        props.AddIfNotNull("romfile", file);
    }

    public static int Queues(Interface net) =>
        int.TryParse(net.Driver?.Queues, NumberStyles.None, CultureInfo.InvariantCulture, out var q) && q > 0 ? q : 1;

    private static string VirtioNetDriver(Interface net) => net.Model switch
    {
        "virtio-transitional" => "virtio-net-pci-transitional",
        "virtio-non-transitional" => "virtio-net-pci-non-transitional",
        _ => net.Info.Address switch
        {
            OtherAddress { AddressType: "ccw" } => "virtio-net-ccw",
            OtherAddress { AddressType: "virtio-mmio" } => "virtio-net-device",
            _ => "virtio-net-pci",
        },
    };

    // qemuBuildNicDevProps: <host> offloads map to csum/gso/host_*, <guest> ones to guest_*.
    private static (string? Value, string Prop)[] HostOffloads(OffloadSwitches? o) =>
        [(o?.Csum, "csum"), (o?.Gso, "gso"), (o?.Tso4, "host_tso4"), (o?.Tso6, "host_tso6"), (o?.Ecn, "host_ecn"), (o?.Ufo, "host_ufo"), (o?.MrgRxbuf, "mrg_rxbuf")];

    private static (string? Value, string Prop)[] GuestOffloads(OffloadSwitches? o) =>
        [(o?.Csum, "guest_csum"), (o?.Tso4, "guest_tso4"), (o?.Tso6, "guest_tso6"), (o?.Ecn, "guest_ecn"), (o?.Ufo, "guest_ufo")];

    public static void AddSwitch(JsonProps props, string key, string? value)
    {
        if (value is "on" or "yes")
        {
            props.Add(key, true);
        }
        else if (value is "off" or "no")
        {
            props.Add(key, false);
        }
    }

    private static void AddInt(JsonProps props, string key, string? value)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var v))
        {
            props.Add(key, v);
        }
    }
}
