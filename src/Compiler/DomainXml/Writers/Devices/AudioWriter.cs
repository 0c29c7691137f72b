using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>&lt;audio&gt;.</summary>
public sealed class AudioWriter : IDeviceWriter
{
    public string ElementName => "audio";

    public void Write(XmlTextBuilder x, Device device)
    {
        var a = (Audio)device;
        (string, string?)[] attrs = [("id", Str(a.Id)), ("type", a.Type), ("timerPeriod", Str(a.TimerPeriod)), .. DeviceInfoWriter.Attrs(a.Attributes)];
        x.Element(
            "audio",
            inner =>
            {
                WriteStream(inner, "input", a.Input);
                WriteStream(inner, "output", a.Output);
            },
            attrs);
    }

    private static void WriteStream(XmlTextBuilder x, string name, AudioStream? s)
    {
        if (s is null)
        {
            return;
        }

        var attrs = DeviceInfoWriter.Attrs(s.Attributes);
        if (s.Settings.IsEmpty)
        {
            x.Empty(name, attrs);
            return;
        }

        x.Open(name, attrs);
        x.Empty("settings", DeviceInfoWriter.Attrs(s.Settings));
        x.Close();
    }
}
