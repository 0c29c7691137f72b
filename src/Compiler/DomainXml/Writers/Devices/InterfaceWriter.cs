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
        x.Open("interface", ("type", n.Type));
        if (n.Mac is { } mac)
        {
            x.Empty("mac", ("address", mac));
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

        WriteDriver(x, n);
        if (!n.Backend.IsEmpty)
        {
            x.Empty("backend", DeviceInfoWriter.Attrs(n.Backend));
        }

        Extras(x, n, AfterBackend);
        if (!n.Teaming.IsEmpty)
        {
            x.Empty("teaming", DeviceInfoWriter.Attrs(n.Teaming));
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

    private static void WriteSource(XmlTextBuilder x, Interface n)
    {
        if (n.Source.IsEmpty && n.SourceLocal.IsEmpty)
        {
            return;
        }

        x.Element(
            "source",
            s =>
            {
                if (!n.SourceLocal.IsEmpty)
                {
                    s.Empty("local", DeviceInfoWriter.Attrs(n.SourceLocal));
                }

                if (n.Chardev?.ReconnectEnabled is { } on)
                {
                    s.Empty("reconnect", ("enabled", YesNo(on)), ("timeout", on ? Str(n.Chardev.ReconnectTimeout) : null));
                }
            },
            DeviceInfoWriter.Attrs(n.Source));
    }

    private static void WriteDriver(XmlTextBuilder x, Interface n) =>
        x.Element(
            "driver",
            d =>
            {
                if (!n.DriverHost.IsEmpty)
                {
                    d.Empty("host", DeviceInfoWriter.Attrs(n.DriverHost));
                }

                if (!n.DriverGuest.IsEmpty)
                {
                    d.Empty("guest", DeviceInfoWriter.Attrs(n.DriverGuest));
                }
            },
            DeviceInfoWriter.Attrs(n.Driver));

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
