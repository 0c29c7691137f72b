using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>
/// &lt;interface&gt; (virDomainNetDefFormat): mac, source, the network-side settings, script, target,
/// model, driver, backend, filter and tuning, link, mtu, coalesce, then device info with &lt;rom&gt;.
/// Children without a typed field are written at their place in that order.
/// </summary>
public sealed class InterfaceWriter : IDeviceWriter
{
    private static readonly string[] AfterSource = ["vlan", "virtualport", "bandwidth", "port", "ip", "route"];

    private static readonly string[] AfterTarget = ["guest"];

    private static readonly string[] AfterBackend = ["filterref", "tune"];

    public string ElementName => "interface";

    public void Write(XmlTextBuilder x, Device device)
    {
        var n = (Interface)device;
        x.Open("interface", ("type", n.Type), ("managed", n.Managed == true ? "yes" : null));
        if (n.Mac is { } mac)
        {
            x.Empty("mac", ("address", mac));
        }

        if (n.Type == "hostdev")
        {
            // virDomainNetDefFormat hands a hostdev interface to virDomainHostdevDefFormatSubsys:
            // its <driver name='vfio'/> and a <source> whose PCI address states type='pci'.
            WriteDriver(x, n);
            if (n.HostdevSource is { } host)
            {
                x.Open("source");
                DeviceInfoWriter.WriteAddress(x, host);
                x.Close();
            }
        }

        WriteSource(x, n);
        Extras(x, n, AfterSource);
        if (n.Script is { } script)
        {
            x.Empty("script", ("path", script));
        }

        Extras(x, n, "downscript", "backenddomain");
        if (n.TargetDev is { } target)
        {
            x.Empty("target", ("dev", target));
        }

        Extras(x, n, AfterTarget);
        if (n.Model is { } model)
        {
            x.Empty("model", ("type", model));
        }

        if (n.Type != "hostdev")
        {
            WriteDriver(x, n);
        }

        if (n.Backend is { } backend)
        {
            x.Element("backend", _ => { }, [("type", backend.Type), ("tap", backend.Tap), ("vhost", backend.Vhost), ("logFile", backend.LogFile), .. DeviceInfoWriter.Attrs(backend.ExtraAttributes)]);
        }

        Extras(x, n, AfterBackend);
        if (n.Teaming is { } teaming)
        {
            x.Element("teaming", _ => { }, [("type", teaming.Type), ("persistent", teaming.Persistent), .. DeviceInfoWriter.Attrs(teaming.ExtraAttributes)]);
        }

        if (n.LinkState is { } link)
        {
            x.Empty("link", ("state", link));
        }

        if (n.Mtu is { } mtu)
        {
            x.Empty("mtu", ("size", Str(mtu)));
        }

        if (n.CoalesceRxFramesMax is { } frames)
        {
            x.Open("coalesce").Open("rx").Empty("frames", ("max", Str(frames))).Close().Close();
        }

        var placed = AfterSource.Concat(AfterTarget).Concat(AfterBackend).Append("downscript").Append("backenddomain").ToHashSet();
        foreach (var e in n.Extra.Where(e => !placed.Contains(e.Name)))
        {
            GenericNodeWriter.Write(x, e);
        }

        DeviceInfoWriter.Write(x, n.Info, rom: n.Rom);
        x.Close();
    }

    /// <summary>
    /// The attributes in one fixed order that matches libvirt's for every type (virDomainNetDefFormat writes
    /// only the ones of the interface's type): vhost-user type/path/mode, network/portgroup/portid,
    /// bridge, direct dev/mode, socket address/port.
    /// </summary>
    private static void WriteSource(XmlTextBuilder x, Interface n)
    {
        if (n.Source is not { } src)
        {
            return;
        }

        x.Element(
            "source",
            s =>
            {
                if (src.Local is { } l)
                {
                    s.Element("local", _ => { }, [("address", l.Address), ("port", l.Port), .. DeviceInfoWriter.Attrs(l.ExtraAttributes)]);
                }

                if (n.Chardev?.ReconnectEnabled is { } on)
                {
                    s.Empty("reconnect", ("enabled", YesNo(on)), ("timeout", on ? Str(n.Chardev.ReconnectTimeout) : null));
                }
            },
            [
                ("type", src.Type), ("path", src.Path), ("network", src.Network), ("portgroup", src.PortGroup), ("portid", src.PortId),
                ("bridge", src.Bridge), ("dev", src.Dev), ("mode", src.Mode), ("address", src.Address), ("port", src.Port),
                .. DeviceInfoWriter.Attrs(src.ExtraAttributes),
            ]);
    }

    /// <summary>virDomainNetDriverAttributesFormat's order, then the virtio options; host before guest.</summary>
    private static void WriteDriver(XmlTextBuilder x, Interface n)
    {
        if (n.Driver is not { } d)
        {
            return;
        }

        x.Element(
            "driver",
            b =>
            {
                Offloads(b, "host", d.Host);
                Offloads(b, "guest", d.Guest);
            },
            [
                ("name", d.Name), ("txmode", d.TxMode), ("ioeventfd", d.IoEventFd), ("event_idx", d.EventIdx), ("queues", d.Queues),
                ("rx_queue_size", d.RxQueueSize), ("tx_queue_size", d.TxQueueSize), ("rss", d.Rss), ("rss_hash_report", d.RssHashReport),
                .. VirtioOptionsWriter.Attrs(d.Virtio), .. DeviceInfoWriter.Attrs(d.ExtraAttributes),
            ]);
    }

    private static void Offloads(XmlTextBuilder x, string name, OffloadSwitches? o)
    {
        if (o is not null)
        {
            x.Element(
                name,
                _ => { },
                [
                    ("csum", o.Csum), ("gso", o.Gso), ("tso4", o.Tso4), ("tso6", o.Tso6), ("ecn", o.Ecn), ("ufo", o.Ufo), ("mrg_rxbuf", o.MrgRxbuf),
                    .. DeviceInfoWriter.Attrs(o.ExtraAttributes),
                ]);
        }
    }

    private static void Extras(XmlTextBuilder x, Interface n, params string[] names)
    {
        foreach (var name in names)
        {
            foreach (var e in n.Extra.Where(e => e.Name == name))
            {
                GenericNodeWriter.Write(x, e);
            }
        }
    }
}
