using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>&lt;hub type=&gt; (virDomainHubDefFormat): only the common children (alias, address).</summary>
public sealed class HubWriter : IDeviceWriter
{
    public string ElementName => "hub";

    public void Write(XmlTextBuilder x, Device device)
    {
        var h = (Hub)device;
        x.Element("hub", inner => DeviceInfoWriter.Write(inner, h.Info), ("type", h.Type));
    }
}
