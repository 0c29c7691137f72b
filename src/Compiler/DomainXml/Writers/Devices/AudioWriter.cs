using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>&lt;audio&gt; with its &lt;input&gt;/&lt;output&gt; streams (virDomainAudioDefFormat).</summary>
public sealed class AudioWriter : IDeviceWriter
{
    public string ElementName => "audio";

    public void Write(XmlTextBuilder x, Device device)
    {
        var a = (Audio)device;
        x.Element(
            "audio",
            inner =>
            {
                WriteStream(inner, "input", a.Input);
                WriteStream(inner, "output", a.Output);
            },
            ("id", Str(a.Id)), ("type", a.Type), ("timerPeriod", Str(a.TimerPeriod)), ("serverName", a.ServerName),
            ("path", a.Path), ("driver", a.SdlDriver), ("tryMMap", a.TryMMap is { } t ? YesNo(t) : null),
            ("exclusive", a.Exclusive is { } e ? YesNo(e) : null), ("dspPolicy", Str(a.DspPolicy)));
    }

    private static void WriteStream(XmlTextBuilder x, string name, AudioStream s)
    {
        var hasSettings = s.Frequency is not null || s.Channels is not null || s.Format is not null;
        x.Element(
            name,
            inner =>
            {
                if (hasSettings)
                {
                    inner.Empty("settings", ("frequency", Str(s.Frequency)), ("channels", Str(s.Channels)), ("format", s.Format));
                }
            },
            ("mixingEngine", s.MixingEngine is { } m ? YesNo(m) : null), ("fixedSettings", s.FixedSettings is { } f ? YesNo(f) : null),
            ("voices", Str(s.Voices)), ("bufferLength", Str(s.BufferLength)), ("dev", s.Dev), ("bufferCount", Str(s.BufferCount)),
            ("tryPoll", s.TryPoll is { } tp ? YesNo(tp) : null), ("serverName", s.ServerName), ("clientName", s.ClientName),
            ("connectPorts", s.ConnectPorts), ("exactName", s.ExactName is { } en ? YesNo(en) : null), ("name", s.Name),
            ("streamName", s.StreamName), ("latency", Str(s.Latency)));
    }
}
