using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>&lt;sound model=&gt; (virDomainSoundDefFormat): codecs, the audio backend, device info.</summary>
public sealed class SoundWriter : IDeviceWriter
{
    public string ElementName => "sound";

    public void Write(XmlTextBuilder x, Device device)
    {
        var s = (Sound)device;
        x.Element(
            "sound",
            inner =>
            {
                foreach (var codec in s.Codecs)
                {
                    inner.Empty("codec", ("type", codec));
                }

                if (s.AudioId is { } id)
                {
                    inner.Empty("audio", ("id", Str(id)));
                }

                DeviceInfoWriter.Write(inner, s.Info);
            },
            ("model", s.Model),
            ("multichannel", s.MultiChannel is { } m ? YesNo(m) : null));
    }
}
