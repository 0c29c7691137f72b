using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>
/// &lt;shmem name= role=&gt; (virDomainShmemDefFormat): the model, the size in whole MiB, the server
/// (path only when given), &lt;msi&gt; when enabled, then device info.
/// </summary>
public sealed class ShmemWriter : IDeviceWriter
{
    public string ElementName => "shmem";

    public void Write(XmlTextBuilder x, Device device)
    {
        var s = (Shmem)device;
        x.Element(
            "shmem",
            inner =>
            {
                inner.Empty("model", ("type", ShmemModels.Name(s.EffectiveModel)));
                if (s.SizeBytes is { } size)
                {
                    inner.Leaf("size", Str(size >> 20), ("unit", "M"));
                }

                if (s.Server)
                {
                    inner.Empty("server", ("path", s.ServerPath));
                }

                if (s.Msi)
                {
                    inner.Empty("msi", ("vectors", Str(s.MsiVectors)), ("ioeventfd", s.MsiIoeventfd is { } io ? OnOff(io) : null));
                }

                DeviceInfoWriter.Write(inner, s.Info);
            },
            ("name", s.Name),
            ("role", s.Role));
    }
}
