using System.Collections.Frozen;
using System.Globalization;
using Qconv.Compiler.Argv.Lifters.Options;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// Network cards (<c>e1000</c>, <c>rtl8139</c>, <c>virtio-net-pci</c>, ...): an &lt;interface&gt; whose
/// type and source come from the <c>-netdev</c> that <c>netdev=</c> names, model from the driver
/// (libvirt's model names are QEMU's, except virtio-net-pci, which is "virtio"). A virtio card's
/// properties are its &lt;driver&gt; (tx, ioeventfd, event_idx, mq/vectors → queues, queue sizes, rss,
/// offloads in &lt;host&gt;/&lt;guest&gt;, virtio options, name='qemu' on a tap without vhost), host_mtu its
/// &lt;mtu&gt;, rombar/romfile its &lt;rom&gt;, failover=on its &lt;teaming type='persistent'/&gt; (the mirror of
/// to-native's NetEmitter). A driver libvirt has no name for is its own model (<see cref="IsNic"/>).
/// </summary>
public sealed class NicDeviceLifter : IDeviceLifter
{
    private static readonly (string Attr, string Prop)[] Driver =
        [("ioeventfd", "ioeventfd"), ("event_idx", "event_idx"), ("rx_queue_size", "rx_queue_size"), ("tx_queue_size", "tx_queue_size"), ("rss", "rss"), ("rss_hash_report", "hash")];

    private static readonly (string Attr, string Prop)[] HostOffloads =
        [("csum", "csum"), ("gso", "gso"), ("tso4", "host_tso4"), ("tso6", "host_tso6"), ("ecn", "host_ecn"), ("ufo", "host_ufo"), ("mrg_rxbuf", "mrg_rxbuf")];

    private static readonly (string Attr, string Prop)[] GuestOffloads =
        [("csum", "guest_csum"), ("tso4", "guest_tso4"), ("tso6", "guest_tso6"), ("ecn", "guest_ecn"), ("ufo", "guest_ufo")];

    private static readonly string[] Understood =
    [
        "netdev", "mac", "tx", "mq", "vectors", "host_mtu", "rombar", "romfile", "failover",
        .. Driver.Select(d => d.Prop), .. HostOffloads.Select(d => d.Prop), .. GuestOffloads.Select(d => d.Prop),
    ];

    private static readonly FrozenSet<string> Known = DeviceProps.Understood(Understood);

    public IReadOnlyList<string> Drivers { get; } =
    [
        "e1000", "e1000e", "rtl8139", "virtio-net-pci", "virtio-net", "virtio-net-pci-transitional", "virtio-net-pci-non-transitional",
        "ne2k_pci", "pcnet", "i82559er", "vmxnet3", "usb-net", "spapr-vlan",
    ];

    /// <summary>
    /// A <c>-device</c> of a driver no family knows is still a NIC when it is on a <c>-netdev</c>: libvirt
    /// passes a &lt;model type&gt; it has no QEMU name for through as the device driver (qemuBuildNicDevProps
    /// writes virDomainNetGetModelString) and places it in a PCI slot, so such a card is lifted as
    /// &lt;model type='DRIVER'/&gt;. One on an ISA port, a CCW subchannel or the virtio-mmio transport has no
    /// such form (libvirt would put the model on PCI) and stays passthrough.
    /// </summary>
    public static bool IsNic(PropertyBag p) =>
        p.Contains("netdev") && !p.Contains("iobase") && !p.Contains("irq") && !p.Contains("devno")
        && p.GetString("driver") is { } driver && !driver.EndsWith("-ccw", StringComparison.Ordinal) && !driver.EndsWith("-device", StringComparison.Ordinal);

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
        var model = driver switch
        {
            "virtio-net-pci" or "virtio-net" => "virtio",
            "virtio-net-pci-transitional" => "virtio-transitional",
            "virtio-net-pci-non-transitional" => "virtio-non-transitional",
            _ => driver,
        };
        var iface = NetBackends.Interface(ctx, netdev?.Option, netdev?.Properties, p.GetString("mac"), model, option.Span) with
        {
            Mtu = p.GetInt64("host_mtu") is { } mtu ? (int)mtu : null,
            Rom = DeviceProps.Rom(p) is { } rom ? DeviceRom.Of(rom) : null,
            Info = DeviceProps.Info(option, p, ctx),

            // failover=on makes the card the standby (persistent) member of a failover pair; its hostdev
            // partner names it with failover_pair_id (docs/system/virtio-net-failover.rst).
            Teaming = p.GetBool("failover") == true ? new Teaming { Type = "persistent" } : null,
        };
        ctx.AddDevice(model.StartsWith("virtio", StringComparison.Ordinal) ? WithDriver(iface, p, netdev?.Properties) : iface);

        ctx.IgnoreProperties(option, p, Known);
    }

    private static Interface WithDriver(Interface iface, PropertyBag p, PropertyBag? backend)
    {
        var d = Switches(p, Driver);
        var host = Switches(p, HostOffloads);
        var guest = Switches(p, GuestOffloads);
        var virtio = VirtioProps.Read(p);
        return iface with
        {
            Driver = new InterfaceDriver
            {
                Name = UserspaceTap(backend) ? "qemu" : null,
                TxMode = p.GetString("tx") is { } tx ? (tx == "bh" ? "iothread" : tx) : null,
                IoEventFd = d.GetValueOrDefault("ioeventfd"),
                EventIdx = d.GetValueOrDefault("event_idx"),
                Queues = p.GetBool("mq") == true && p.GetInt64("vectors") is { } vectors ? ((vectors - 2) / 2).ToString(CultureInfo.InvariantCulture) : null,
                RxQueueSize = d.GetValueOrDefault("rx_queue_size"),
                TxQueueSize = d.GetValueOrDefault("tx_queue_size"),
                Rss = d.GetValueOrDefault("rss"),
                RssHashReport = d.GetValueOrDefault("rss_hash_report"),
                Virtio = virtio.IsEmpty ? VirtioOptions.None : virtio,
                Host = Offloads(host),
                Guest = Offloads(guest),
            },
        };
    }

    /// <summary>
    /// libvirt gives a virtio card on a tap device the in-kernel vhost-net backend (vhost=on with its
    /// vhostfd) unless &lt;driver name='qemu'/&gt; asks for QEMU's userspace one (qemuInterfaceOpenVhostNet):
    /// a tap backend without vhost=on is that userspace backend.
    /// </summary>
    private static bool UserspaceTap(PropertyBag? backend) => backend?.GetString("type") == "tap" && backend.GetBool("vhost") != true;

    private static OffloadSwitches? Offloads(Dictionary<string, string> s) => s.Count == 0 ? null : new()
    {
        Csum = s.GetValueOrDefault("csum"),
        Gso = s.GetValueOrDefault("gso"),
        Tso4 = s.GetValueOrDefault("tso4"),
        Tso6 = s.GetValueOrDefault("tso6"),
        Ecn = s.GetValueOrDefault("ecn"),
        Ufo = s.GetValueOrDefault("ufo"),
        MrgRxbuf = s.GetValueOrDefault("mrg_rxbuf"),
    };

    // Numbers stay numbers (queue sizes); switches become on/off.
    private static Dictionary<string, string> Switches(PropertyBag p, (string Attr, string Prop)[] map)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (attr, prop) in map)
        {
            if (p.GetInt64(prop) is { } n)
            {
                values[attr] = n.ToString(CultureInfo.InvariantCulture);
            }
            else if (p.GetBool(prop) is { } b)
            {
                values[attr] = b ? "on" : "off";
            }
        }

        return values;
    }
}
