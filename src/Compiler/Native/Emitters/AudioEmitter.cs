using System.Globalization;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// Audio backends as <c>-audiodev</c> JSON (qemuBuildAudioCommandLine): id <c>audioN</c> after the
/// backend's &lt;audio id&gt;, the QEMU driver, backend-wide options, then the <c>in</c> and
/// <c>out</c> stream objects (QEMU's qapi/audio.json Audiodev* types). Empty streams are left out.
/// </summary>
public sealed class AudioEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        foreach (var audio in ctx.Domain.DevicesOf<Audio>())
        {
            var props = new JsonProps()
                .Add("id", AudioId(audio.Id))
                .Add("driver", QemuDriver(audio.Type));
            AddPositive(props, "timer-period", audio.TimerPeriod);

            switch (audio.Type)
            {
                case "oss":
                    props.AddIfNotNull("try-mmap", audio.TryMMap).AddIfNotNull("exclusive", audio.Exclusive).AddIfNotNull("dsp-policy", audio.DspPolicy);
                    break;
                case "pulseaudio":
                    props.AddIfNotNull("server", audio.ServerName);
                    break;
                case "file":
                    props.AddIfNotNull("path", audio.Path);
                    break;
                case "sdl" when audio.SdlDriver is { } driver:
                    // SDL picks its output driver from the environment (SDL 2.0 names).
                    ctx.AddEnv("SDL_AUDIODRIVER", driver);
                    break;
            }

            AddStream(props, "in", audio.Type, audio.Input);
            AddStream(props, "out", audio.Type, audio.Output);
            ctx.Add("-audiodev", props);
        }
    }

    /// <summary>The QEMU id of the backend with &lt;audio id=N&gt;.</summary>
    public static string AudioId(int id) => "audio" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>libvirt's audio type names that QEMU spells differently.</summary>
    public static string QemuDriver(string type) => type switch
    {
        "pulseaudio" => "pa",
        "file" => "wav",
        _ => type,
    };

    private static void AddStream(JsonProps parent, string key, string type, AudioStream s)
    {
        var props = new JsonProps()
            .AddIfNotNull("mixing-engine", s.MixingEngine)
            .AddIfNotNull("fixed-settings", s.FixedSettings);
        AddPositive(props, "voices", s.Voices);
        AddPositive(props, "buffer-length", s.BufferLength);

        // The stream format only matters (and is only passed) with fixed settings.
        if (s.FixedSettings == true)
        {
            AddPositive(props, "frequency", s.Frequency);
            AddPositive(props, "channels", s.Channels);
            props.AddIfNotNull("format", s.Format);
        }

        switch (type)
        {
            case "alsa":
                props.AddIfNotNull("dev", s.Dev);
                break;
            case "coreaudio" or "sdl":
                AddPositive(props, "buffer-count", s.BufferCount);
                break;
            case "jack":
                props.AddIfNotNull("server-name", s.ServerName).AddIfNotNull("client-name", s.ClientName)
                    .AddIfNotNull("connect-ports", s.ConnectPorts).AddIfNotNull("exact-name", s.ExactName);
                break;
            case "oss":
                props.AddIfNotNull("dev", s.Dev);
                AddPositive(props, "buffer-count", s.BufferCount);
                props.AddIfNotNull("try-poll", s.TryPoll);
                break;
            case "pulseaudio":
                props.AddIfNotNull("name", s.Name).AddIfNotNull("stream-name", s.StreamName);
                AddPositive(props, "latency", s.Latency);
                break;
        }

        if (props.Count > 0)
        {
            parent.Add(key, props);
        }
    }

    private static void AddPositive(JsonProps props, string key, int? value)
    {
        if (value is > 0)
        {
            props.Add(key, value.Value);
        }
    }
}
