using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>&lt;interface&gt; (virDomainNetDefParseXML, https://libvirt.org/formatdomain.html#network-interfaces).</summary>
public sealed class InterfaceReader : IDeviceReader
{
    private static readonly string[] Types =
        ["user", "ethernet", "vhostuser", "server", "client", "mcast", "udp", "network", "bridge", "internal", "direct", "hostdev", "vdpa", "null", "vds"];

    public string ElementName => "interface";

    public Device? Read(XElement e, XmlReadContext ctx)
    {
        var type = ctx.Enum(e, "type", Types);
        if (type is null)
        {
            ctx.RequiredAttr(e, "type");
            return null;
        }

        var net = new Interface { Type = type, Managed = type == "hostdev" ? ctx.Bool(e, "managed") : null };
        var extra = new List<GenericNode>();
        foreach (var c in e.Elements())
        {
            switch (c.Name.LocalName)
            {
                case "mac":
                    net = net with { Mac = ReadMac(c, ctx) };
                    break;
                case "model":
                    net = net with { Model = NetModelNames.Canonical(XmlReadContext.Attr(c, "type")) };
                    break;
                case "source" when type == "hostdev":
                    net = net with { HostdevSource = ReadHostdevSource(c, ctx) };
                    break;
                case "source":
                    net = net with
                    {
                        Source = InterfacePartsReader.Source(c),
                        Chardev = type == "vhostuser" ? ReadVhostUserSource(c, ctx) : null,
                    };
                    break;
                case "target":
                    net = net with { TargetDev = XmlReadContext.Attr(c, "dev") };
                    break;
                case "script":
                    net = net with { Script = XmlReadContext.Attr(c, "path") };
                    break;
                case "driver":
                    net = net with { Driver = InterfacePartsReader.Driver(c, ctx) };
                    break;
                case "backend":
                    net = net with { Backend = InterfacePartsReader.Backend(c) };
                    break;
                case "rom":
                    net = net with { Rom = InterfacePartsReader.Rom(c) };
                    break;
                case "mtu":
                    net = net with { Mtu = ctx.Int(c, "size", 0) };
                    break;
                case "coalesce":
                    net = net with { CoalesceRxFramesMax = c.Element("rx")?.Element("frames") is { } f ? ctx.Int(f, "max", 0) : null };
                    break;
                case "link":
                    net = net with { LinkState = ctx.Enum(c, "state", "up", "down") };
                    break;
                case "teaming":
                    net = net with { Teaming = InterfacePartsReader.Teaming(c) };
                    break;
                case "alias" or "address" or "boot" or "acpi":
                    break;
                default:
                    extra.Add(XmlReadContext.Generic(c));
                    break;
            }
        }

        Validate(net, e, ctx);
        return net with { Extra = extra.ToEquatableArray() };
    }

    private static void Validate(Interface net, XElement e, XmlReadContext ctx)
    {
        switch (net.Type)
        {
            case "vhostuser" when net.Chardev?.Path is null:
                ctx.Error(e, "QX0420", "Missing source path attribute for vhostuser network interface");
                break;
            case "vdpa" when net.Source?.Dev is null:
                ctx.Error(e, "QX0421", "missing source device for vdpa interface");
                break;
            case "server" or "client" or "mcast" or "udp" when net.Source?.Port is null:
                ctx.Error(e, "QX0422", $"No <source> 'port' attribute specified with <interface type='{net.Type}'/>");
                break;
            case "mcast" or "udp" when net.Source?.Address is null:
                ctx.Error(e, "QX0423", $"No <source> 'address' attribute specified with <interface type='{net.Type}'/>");
                break;
            case "bridge" when net.Source?.Bridge is null:
                ctx.Error(e, "QX0424", "No <source> 'bridge' attribute specified with <interface type='bridge'/>");
                break;
            case "network" when net.Source?.Network is null:
                ctx.Error(e, "QX0425", "No <source> 'network' attribute specified with <interface type='network'/>");
                break;
            case "hostdev" when net.HostdevSource is null:
                ctx.Error(e, "QX0429", "Missing <source><address type='pci' .../> in <interface type='hostdev'>: the host PCI function to pass through");
                break;
            case "direct" when net.Source?.Dev is null:
                ctx.Error(e, "QX0426", "No <source> 'dev' attribute specified with <interface type='direct'/>");
                break;
        }
    }

    /// <summary>
    /// type='hostdev': the VF's host address (virDomainHostdevDefParseXMLSubsys with a type='pci'
    /// address, unlike &lt;hostdev&gt; sources, which have no type attribute).
    /// </summary>
    private static PciAddress? ReadHostdevSource(XElement s, XmlReadContext ctx)
    {
        if (s.Element("address") is not { } a)
        {
            return null;
        }

        if (XmlReadContext.Attr(a, "type") is { } t && t != "pci")
        {
            // Reported once here; the address is still read so the missing-source error does not follow.
            ctx.Error(a, "QX0429", $"<interface type='hostdev'> source address type '{t}' is not supported, only 'pci'");
        }

        return AddressReader.ReadPci(a, ctx);
    }

    /// <summary>vhost-user: &lt;source type='unix' path= mode='server|client'&gt; (server = QEMU listens).</summary>
    private static ChardevSource ReadVhostUserSource(XElement s, XmlReadContext ctx)
    {
        var src = new ChardevSource { Type = "unix", Path = XmlReadContext.Attr(s, "path"), Listen = XmlReadContext.Attr(s, "mode") == "server" };
        if (s.Element("reconnect") is { } rc)
        {
            src = src with { ReconnectEnabled = ctx.Bool(rc, "enabled"), ReconnectTimeout = ctx.Int(rc, "timeout", 0) };
        }

        return src;
    }

    /// <summary>A MAC must be six hex pairs and not a multicast address (virMacAddrParse, virDomainNetDefParseXML).</summary>
    private static string? ReadMac(XElement c, XmlReadContext ctx)
    {
        var text = XmlReadContext.Attr(c, "address");
        if (text is null)
        {
            return null;
        }

        var parts = text.Split(':');
        if (parts.Length != 6 || parts.Any(p => p.Length is < 1 or > 2 || !p.All(Uri.IsHexDigit)))
        {
            ctx.Error(c, "QX0427", $"unable to parse mac address '{text}'");
            return null;
        }

        var bytes = parts.Select(p => Convert.ToByte(p, 16)).ToArray();
        if ((bytes[0] & 1) != 0)
        {
            ctx.Error(c, "QX0428", $"expected unicast mac address, found multicast '{text}'");
            return null;
        }

        return string.Join(':', bytes.Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
