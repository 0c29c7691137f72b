using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>&lt;memballoon&gt;.</summary>
public sealed class MemballoonWriter : IDeviceWriter
{
    public string ElementName => "memballoon";

    public void Write(XmlTextBuilder x, Device device)
    {
        var b = (Memballoon)device;
        x.Element(
            "memballoon",
            inner =>
            {
                if (b.StatsPeriod is { } sp)
                {
                    inner.Empty("stats", ("period", Str(sp)));
                }

                DeviceInfoWriter.Write(inner, b.Info);
                if (!b.Driver.IsEmpty)
                {
                    inner.Empty("driver", DeviceInfoWriter.Attrs(b.Driver));
                }
            },
            ("model", b.Model), ("autodeflate", b.AutoDeflate), ("freePageReporting", b.FreePageReporting));
    }
}
