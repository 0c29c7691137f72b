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

        var id = e.Attribute("id") is null ? null : ctx.Int(e, "id", 1);
        if (e.Attribute("id") is null)
        {
            ctx.Error(e, "QX0010", "<audio> is missing required attribute 'id'");
        }

        return new Audio
        {
            Id = id ?? 0,
            Type = type,
            TimerPeriod = ctx.Int(e, "timerPeriod", 0),
            ServerName = type == "pulseaudio" ? XmlReadContext.Attr(e, "serverName") : null,
            Path = type == "file" ? XmlReadContext.Attr(e, "path") : null,
            SdlDriver = type == "sdl" ? ctx.Enum(e, "driver", "esd", "alsa", "arts", "pulseaudio") : null,
            TryMMap = type == "oss" ? ctx.Bool(e, "tryMMap") : null,
            Exclusive = type == "oss" ? ctx.Bool(e, "exclusive") : null,
            DspPolicy = type == "oss" ? ctx.Int(e, "dspPolicy", 0) : null,
            Input = ReadStream(e.Element("input"), ctx),
            Output = ReadStream(e.Element("output"), ctx),
        };
    }

    private static AudioStream ReadStream(XElement? s, XmlReadContext ctx)
    {
        if (s is null)
        {
            return AudioStream.Empty;
        }

        var settings = s.Element("settings");
        return new AudioStream
        {
            MixingEngine = ctx.Bool(s, "mixingEngine"),
            FixedSettings = ctx.Bool(s, "fixedSettings"),
            Voices = ctx.Int(s, "voices", 1),
            BufferLength = ctx.Int(s, "bufferLength", 1),
            Frequency = settings is null ? null : ctx.Int(settings, "frequency", 1),
            Channels = settings is null ? null : ctx.Int(settings, "channels", 1),
            Format = settings is null ? null : ctx.Enum(settings, "format", "s8", "u8", "s16", "u16", "s32", "u32", "f32"),
            Dev = XmlReadContext.Attr(s, "dev"),
            BufferCount = ctx.Int(s, "bufferCount", 1),
            TryPoll = ctx.Bool(s, "tryPoll"),
            ServerName = XmlReadContext.Attr(s, "serverName"),
            ClientName = XmlReadContext.Attr(s, "clientName"),
            ConnectPorts = XmlReadContext.Attr(s, "connectPorts"),
            ExactName = ctx.Bool(s, "exactName"),
            Name = XmlReadContext.Attr(s, "name"),
            StreamName = XmlReadContext.Attr(s, "streamName"),
            Latency = ctx.Int(s, "latency", 1),
        };
    }
}
