using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>
/// &lt;rng&gt; (virDomainRNGDefFormat, https://libvirt.org/formatdomain.html#random-number-generator-device):
/// &lt;rate&gt;, then the &lt;backend&gt; (a file path as text, an EGD chardev, or nothing for builtin),
/// then the virtio &lt;driver&gt; options, alias and address.
/// </summary>
public sealed class RngWriter : IDeviceWriter
{
    public string ElementName => "rng";

    public void Write(XmlTextBuilder x, Device device)
    {
        var r = (Rng)device;
        x.Open("rng", ("model", r.Model));
        if (r.RateBytes is { } bytes)
        {
            x.Empty("rate", ("bytes", Str(bytes)), ("period", Str(r.RatePeriod)));
        }

        if (r.BackendModel == "egd" && r.EgdSource is { } egd)
        {
            x.Element("backend", inner => ChardevSourceWriter.Write(inner, egd), ("model", "egd"), ("type", egd.Type));
        }
        else
        {
            x.Leaf("backend", r.RandomPath, ("model", r.BackendModel));
        }

        VirtioOptionsWriter.WriteDriver(x, r.Virtio);
        DeviceInfoWriter.Write(x, r.Info);
        x.Close();
    }
}
