using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>&lt;input&gt;.</summary>
public sealed class InputWriter : IDeviceWriter
{
    public string ElementName => "input";

    public void Write(XmlTextBuilder x, Device device)
    {
        var i = (Input)device;
        x.Element(
            "input",
            inner =>
            {
                if (!i.Driver.IsEmpty)
                {
                    inner.Empty("driver", DeviceInfoWriter.Attrs(i.Driver));
                }

                if (!i.Source.IsEmpty)
                {
                    inner.Empty("source", DeviceInfoWriter.Attrs(i.Source));
                }

                DeviceInfoWriter.Write(inner, i.Info);
            },
            ("type", i.Type), ("bus", i.Bus), ("model", i.Model));
    }
}
