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
                ctx.Add("-add-fd", $"set={vs},fd={ctx.Host.OpenVdpa(net.SourceAttr("dev") ?? string.Empty)},opaque={alias}-vdpa");
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
            props = VirtioProps.Create(VirtioNetDriver(net), net.Driver);
            var queues = Queues(net);
            props.AddIfNotNull("tx", net.DriverAttr("txmode") switch { "iothread" => "bh", "timer" => "timer", _ => null });
            AddSwitch(props, "ioeventfd", net.DriverAttr("ioeventfd"));
            AddSwitch(props, "event_idx", net.DriverAttr("event_idx"));
            foreach (var (attr, prop) in HostOffloads)
            {
                AddSwitch(props, prop, Interface.Lookup(net.DriverHost, attr));
            }

            foreach (var (attr, prop) in GuestOffloads)
            {
                AddSwitch(props, prop, Interface.Lookup(net.DriverGuest, attr));
            }

            if (queues > 1)
            {
                props.Add("mq", true).Add("vectors", (2 * queues) + 2);
            }

            AddInt(props, "rx_queue_size", net.DriverAttr("rx_queue_size"));
            AddInt(props, "tx_queue_size", net.DriverAttr("tx_queue_size"));
            AddSwitch(props, "rss", net.DriverAttr("rss"));
            AddSwitch(props, "hash", net.DriverAttr("rss_hash_report"));
            props.AddIfNotNull("host_mtu", net.Mtu);
            if (Interface.Lookup(net.Teaming, "type") == "persistent")
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
    public static void RomProps(JsonProps props, EquatableArray<KeyValuePair<string, string>> rom)
    {
        if (Interface.Lookup(rom, "bar") is { } bar)
        {
            props.Add("rombar", bar == "on" ? 1 : 0);
        }

        var file = Interface.Lookup(rom, "enabled") == "no" ? string.Empty : Interface.Lookup(rom, "file");
        props.AddIfNotNull("romfile", file);
    }

    public static int Queues(Interface net) =>
        int.TryParse(net.DriverAttr("queues"), NumberStyles.None, CultureInfo.InvariantCulture, out var q) && q > 0 ? q : 1;

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

    private static readonly (string Attr, string Prop)[] HostOffloads =
        [("csum", "csum"), ("gso", "gso"), ("tso4", "host_tso4"), ("tso6", "host_tso6"), ("ecn", "host_ecn"), ("ufo", "host_ufo"), ("mrg_rxbuf", "mrg_rxbuf")];

    private static readonly (string Attr, string Prop)[] GuestOffloads =
        [("csum", "guest_csum"), ("tso4", "guest_tso4"), ("tso6", "guest_tso6"), ("ecn", "guest_ecn"), ("ufo", "guest_ufo")];

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
