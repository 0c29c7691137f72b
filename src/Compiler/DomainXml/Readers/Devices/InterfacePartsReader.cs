using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>
/// The attribute-only children of &lt;interface&gt; (virDomainNetDefParseXML): source, driver with its
/// host/guest offloads, backend, rom, teaming. Values are kept as written; attributes without a typed
/// field are kept in order in ExtraAttributes, so nothing is dropped.
/// </summary>
public static class InterfacePartsReader
{
    private static readonly string[] SourceKnown = ["type", "path", "network", "portgroup", "portid", "bridge", "dev", "mode", "address", "port"];

    private static readonly string[] LocalKnown = ["address", "port"];

    private static readonly string[] DriverKnown =
        ["name", "txmode", "ioeventfd", "event_idx", "queues", "rx_queue_size", "tx_queue_size", "rss", "rss_hash_report", "iommu", "ats", "packed", "page_per_vq"];

    private static readonly string[] OffloadKnown = ["csum", "gso", "tso4", "tso6", "ecn", "ufo", "mrg_rxbuf"];

    private static readonly string[] BackendKnown = ["type", "tap", "vhost", "logFile"];

    private static readonly string[] RomKnown = ["enabled", "bar", "file"];

    private static readonly string[] TeamingKnown = ["type", "persistent"];

    public static InterfaceSource Source(XElement s) => new()
    {
        Type = A(s, "type"),
        Path = A(s, "path"),
        Network = A(s, "network"),
        PortGroup = A(s, "portgroup"),
        PortId = A(s, "portid"),
        Bridge = A(s, "bridge"),
        Dev = A(s, "dev"),
        Mode = A(s, "mode"),
        Address = A(s, "address"),
        Port = A(s, "port"),
        Local = s.Element("local") is { } l
            ? new InterfaceSourceLocal { Address = A(l, "address"), Port = A(l, "port"), ExtraAttributes = XmlReadContext.Attributes(l, LocalKnown) }
            : null,
        ExtraAttributes = XmlReadContext.Attributes(s, SourceKnown),
    };

    public static InterfaceDriver Driver(XElement d, XmlReadContext ctx) => new()
    {
        Name = A(d, "name"),
        TxMode = A(d, "txmode"),
        IoEventFd = A(d, "ioeventfd"),
        EventIdx = A(d, "event_idx"),
        Queues = A(d, "queues"),
        RxQueueSize = A(d, "rx_queue_size"),
        TxQueueSize = A(d, "tx_queue_size"),
        Rss = A(d, "rss"),
        RssHashReport = A(d, "rss_hash_report"),
        Virtio = VirtioOptionsReader.Read(d, ctx),
        Host = d.Element("host") is { } h ? Offloads(h) : null,
        Guest = d.Element("guest") is { } g ? Offloads(g) : null,
        ExtraAttributes = XmlReadContext.Attributes(d, DriverKnown),
    };

    public static InterfaceBackend Backend(XElement b) => new()
    {
        Type = A(b, "type"),
        Tap = A(b, "tap"),
        Vhost = A(b, "vhost"),
        LogFile = A(b, "logFile"),
        ExtraAttributes = XmlReadContext.Attributes(b, BackendKnown),
    };

    public static DeviceRom Rom(XElement r) => new()
    {
        Enabled = A(r, "enabled"),
        Bar = A(r, "bar"),
        File = A(r, "file"),
        ExtraAttributes = XmlReadContext.Attributes(r, RomKnown),
    };

    public static Teaming Teaming(XElement t) => new()
    {
        Type = A(t, "type"),
        Persistent = A(t, "persistent"),
        ExtraAttributes = XmlReadContext.Attributes(t, TeamingKnown),
    };

    private static OffloadSwitches Offloads(XElement o) => new()
    {
        Csum = A(o, "csum"),
        Gso = A(o, "gso"),
        Tso4 = A(o, "tso4"),
        Tso6 = A(o, "tso6"),
        Ecn = A(o, "ecn"),
        Ufo = A(o, "ufo"),
        MrgRxbuf = A(o, "mrg_rxbuf"),
        ExtraAttributes = XmlReadContext.Attributes(o, OffloadKnown),
    };

    private static string? A(XElement e, string name) => XmlReadContext.Attr(e, name);
}
