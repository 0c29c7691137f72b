using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>&lt;controller&gt; (virDomainControllerDefFormat).</summary>
public sealed class ControllerWriter : IDeviceWriter
{
    public string ElementName => "controller";

    public void Write(XmlTextBuilder x, Device device)
    {
        var c = (Controller)device;
        x.Element(
            "controller",
            inner =>
            {
                if (c.MasterStartPort is { } sp)
                {
                    inner.Empty("master", ("startport", Str(sp)));
                }

                if (c.ModelName is { } mn)
                {
                    inner.Empty("model", ("name", mn));
                }

                if (c.PciTarget is { } t)
                {
                    var attrs = new (string, string?)[]
                    {
                        ("chassisNr", Str(t.ChassisNr)), ("chassis", Str(t.Chassis)), ("port", t.Port is { } p ? $"0x{p:x}" : null),
                        ("busNr", Str(t.BusNr)), ("index", Str(t.Index)), ("hotplug", t.Hotplug),
                    };
                    // virXMLFormatElement: no <target> at all when it has neither attributes nor a node.
                    inner.Element("target", b => OptionalText(b, "node", Str(t.NumaNode)), attrs);
                }

                if (!c.Driver.IsEmpty)
                {
                    inner.Empty("driver", DeviceInfoWriter.Attrs(c.Driver));
                }

                DeviceInfoWriter.Write(inner, c.Info);
            },
            ("type", c.Type), ("index", Str(c.Index)), ("model", c.Model), ("ports", Str(c.Ports)), ("vectors", Str(c.Vectors)),
            ("maxGrantFrames", Str(c.MaxGrantFrames)));
    }
}
