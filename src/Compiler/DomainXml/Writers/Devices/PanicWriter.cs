using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>
/// &lt;panic model=...&gt; (virDomainPanicDefFormat, https://libvirt.org/formatdomain.html#panic-device):
/// the model when known, then alias and address (an ISA I/O port or a PCI slot); self-closed without them.
/// </summary>
public sealed class PanicWriter : IDeviceWriter
{
    public string ElementName => "panic";

    public void Write(XmlTextBuilder x, Device device)
    {
        var p = (Panic)device;
        x.Element("panic", inner => DeviceInfoWriter.Write(inner, p.Info), ("model", p.Model));
    }
}
