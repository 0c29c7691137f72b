using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>&lt;serial&gt;, &lt;parallel&gt;, &lt;console&gt;, &lt;channel&gt; (virDomainChrDefFormat): source, target, device info.</summary>
public sealed class CharDeviceWriter(string elementName) : IDeviceWriter
{
    public string ElementName { get; } = elementName;

    public void Write(XmlTextBuilder x, Device device)
    {
        var c = (CharDevice)device;
        x.Open(c.Kind, ("type", c.Source.Type));
        ChardevSourceWriter.Write(x, c.Source);
        WriteTarget(x, c);
        DeviceInfoWriter.Write(x, c.Info);
        x.Close();
    }

    // virDomainChrTargetDefFormat: channels name their guest side, serial ports their QEMU model.
    private static void WriteTarget(XmlTextBuilder x, CharDevice c)
    {
        switch (c.Kind)
        {
            case "channel" when c.TargetType == "guestfwd":
                x.Empty("target", ("type", "guestfwd"), ("address", c.TargetAddress), ("port", Str(c.TargetPort)));
                break;
            case "channel":
                x.Empty("target", ("type", c.TargetType), ("name", c.TargetName));
                break;
            case "serial" when c.TargetModel is { } model:
                x.Open("target", ("type", c.TargetType), ("port", Str(c.TargetPort)));
                x.Empty("model", ("name", model));
                x.Close();
                break;
            case "serial" or "console":
                x.Empty("target", ("type", c.TargetType), ("port", Str(c.TargetPort)));
                break;
            default:
                x.Empty("target", ("port", Str(c.TargetPort)));
                break;
        }
    }
}
