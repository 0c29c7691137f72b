using System.Globalization;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-audiodev DRIVER,id=ID,...</c> (keyval or JSON, QEMU's qapi/audio.json): a host audio backend,
/// &lt;audio id=N type=...&gt; (libvirt names them audioN; QEMU's <c>pa</c> is libvirt's pulseaudio,
/// <c>wav</c> its file), with the backend-wide options and the <c>in</c>/<c>out</c> stream settings,
/// the mirror of to-native's AudioEmitter. SDL's output driver comes from SDL_AUDIODRIVER.
/// </summary>
public sealed class AudiodevLifter() : OptionLifter(LiftPhase.Backends, "audiodev")
{
    private static readonly string[] Understood =
        ["id", "driver", "timer-period", "try-mmap", "exclusive", "dsp-policy", "server", "path", "in", "out"];

    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (ctx.DefineFromOption("audiodev", option) is not { } backend)
        {
            return;
        }

        var (id, p) = (backend.Id, backend.Properties);
        if (p.GetString("driver") is not { } driver)
        {
            ctx.Error(LiftCodes.MissingProperty, option.Span, "-audiodev needs a driver");
            return;
        }

        var number = Number(id) ?? ctx.Devices.OfType<Audio>().Count() + 1;
        backend.Used = true;

        var type = driver switch { "pa" => "pulseaudio", "wav" => "file", _ => driver };
        ctx.AddDevice(new Audio
        {
            Id = number,
            Type = type,
            TimerPeriod = Int(p, "timer-period"),
            TryMMap = p.GetBool("try-mmap"),
            Exclusive = p.GetBool("exclusive"),
            DspPolicy = Int(p, "dsp-policy"),
            ServerName = p.GetString("server"),
            Path = p.GetString("path"),
            SdlDriver = type == "sdl" ? ctx.Env("SDL_AUDIODRIVER") : null,
            Input = Stream(p.GetObject("in")),
            Output = Stream(p.GetObject("out")),
            Info = new DeviceInfo { Span = option.Span },
        });
        ctx.IgnoreProperties(option, p, Understood);
    }

    /// <summary>The N of libvirt's backend id <c>audioN</c> (its &lt;audio id=N&gt;), or null for another id.</summary>
    public static int? Number(string? id) =>
        id is not null && id.StartsWith("audio", StringComparison.Ordinal) && int.TryParse(id.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : null;

    private static AudioStream Stream(PropertyBag? s) => s is null ? AudioStream.Empty : new AudioStream
    {
        MixingEngine = s.GetBool("mixing-engine"),
        FixedSettings = s.GetBool("fixed-settings"),
        Voices = Int(s, "voices"),
        BufferLength = Int(s, "buffer-length"),
        Frequency = Int(s, "frequency"),
        Channels = Int(s, "channels"),
        Format = s.GetString("format"),
        Dev = s.GetString("dev"),
        BufferCount = Int(s, "buffer-count"),
        TryPoll = s.GetBool("try-poll"),
        ServerName = s.GetString("server-name"),
        ClientName = s.GetString("client-name"),
        ConnectPorts = s.GetString("connect-ports"),
        ExactName = s.GetBool("exact-name"),
        Name = s.GetString("name"),
        StreamName = s.GetString("stream-name"),
        Latency = Int(s, "latency"),
    };

    private static int? Int(PropertyBag p, string key) => p.GetInt64(key) is { } v ? (int)v : null;
}
