using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>&lt;watchdog model= action=&gt; (virDomainWatchdogDefFormat), then device info.</summary>
public sealed class WatchdogWriter : IDeviceWriter
{
    public string ElementName => "watchdog";

    public void Write(XmlTextBuilder x, Device device)
    {
        var w = (Watchdog)device;
        x.Element("watchdog", inner => DeviceInfoWriter.Write(inner, w.Info), ("model", w.Model), ("action", w.Action));
    }
}
