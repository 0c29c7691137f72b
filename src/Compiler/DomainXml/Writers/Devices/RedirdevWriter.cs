using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>&lt;redirdev bus= type=&gt; (virDomainRedirdevDefFormat): the chardev, then boot and address.</summary>
public sealed class RedirdevWriter : IDeviceWriter
{
    public string ElementName => "redirdev";

    public void Write(XmlTextBuilder x, Device device)
    {
        var r = (Redirdev)device;
        x.Element(
            "redirdev",
            inner =>
            {
                ChardevSourceWriter.Write(inner, r.Source);
                DeviceInfoWriter.Write(inner, r.Info);
            },
            ("bus", r.Bus),
            ("type", r.Source.Type));
    }
}
