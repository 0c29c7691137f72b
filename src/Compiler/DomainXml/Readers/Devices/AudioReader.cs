using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>&lt;audio&gt; (https://libvirt.org/formatdomain.html#audio-backends).</summary>
public sealed class AudioReader : IDeviceReader
{
    public string ElementName => "audio";

    public Device? Read(XElement e, XmlReadContext ctx)
    {
        var type = ctx.Enum(e, "type", "none", "alsa", "coreaudio", "jack", "oss", "pulseaudio", "sdl", "spice", "file", "dbus", "pipewire");
        if (type is null)
        {
            ctx.RequiredAttr(e, "type");
            return null;
        }

        return new Audio
        {
            Id = ctx.Int(e, "id", 1) ?? 0,
            Type = type,
            TimerPeriod = ctx.Int(e, "timerPeriod", 0),
            Attributes = XmlReadContext.Attributes(e, "id", "type", "timerPeriod"),
            Input = ReadStream(e.Element("input")),
            Output = ReadStream(e.Element("output")),
        };
    }

    private static AudioStream? ReadStream(XElement? s) => s is null
        ? null
        : new AudioStream(
            XmlReadContext.Attributes(s),
            s.Element("settings") is { } st ? XmlReadContext.Attributes(st) : EquatableArray<KeyValuePair<string, string>>.Empty);
}
