using System.Collections.Frozen;
using System.Globalization;
using Qconv.Compiler.Argv.Lifters.Options;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// Sound cards, the mirror of to-native's SoundEmitter: <c>AC97</c>, <c>ES1370</c>, <c>sb16</c>,
/// <c>usb-audio</c> (multi), <c>intel-hda</c>/<c>ich9-intel-hda</c> → &lt;sound model=...&gt; with the
/// &lt;audio id&gt; of their audiodev=; an HDA codec (<c>hda-duplex</c>, <c>hda-micro</c>,
/// <c>hda-output</c> on bus=soundN.0) is a &lt;codec&gt; of the controller it sits on.
/// The PC speaker has no <c>-device</c> (QEMU builds it into the PC machine; <c>-machine pcspk-audiodev=</c>
/// names its backend), but libvirt still counts it when it names the cards <c>soundN</c> by their place among
/// the &lt;sound&gt; elements (qemuAssignDeviceSoundAlias): a number no card of the line has is a speaker there.
/// </summary>
public sealed class SoundDeviceLifter : IDeviceLifter, ILiftFinisher
{
    private static readonly FrozenSet<string> Known = DeviceProps.Understood(["audiodev", "multi", "cad"]);

    private static readonly Dictionary<string, string> Models = new()
    {
        ["AC97"] = "ac97", ["ES1370"] = "es1370", ["sb16"] = "sb16", ["usb-audio"] = "usb", ["intel-hda"] = "ich6", ["ich9-intel-hda"] = "ich9",
    };

    public IReadOnlyList<string> Drivers { get; } = [.. Models.Keys, "hda-duplex", "hda-micro", "hda-output"];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        var driver = p.GetString("driver")!;
        ctx.IgnoreProperties(option, p, Known);
        var audio = AudiodevLifter.Number(p.GetString("audiodev"));
        if (Models.TryGetValue(driver, out var model))
        {
            var device = new Sound
            {
                Model = model,
                MultiChannel = model == "usb" ? p.GetBool("multi") : null,
                AudioId = audio,
                Info = DeviceProps.Info(option, p, ctx),
            };
            ctx.AddDevice(device);
            if (p.GetString("id") is { } id)
            {
                ctx.State<Cards>().ById[id] = device;
                ctx.State<Cards>().Ids.Add(id);
            }

            return;
        }

        var bus = p.GetString("bus") ?? string.Empty;
        var dot = bus.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0 || !ctx.State<Cards>().ById.TryGetValue(bus[..dot], out var card))
        {
            ctx.KeepAsPassthrough(option, $"HDA codec on '{bus}', which is no sound card of this command line");
            return;
        }

        // Codecs come before the card's <audio> (virDomainSoundDefFormat); the codec carries the card's backend.
        // A lone duplex codec is what libvirt adds for a card without any, so it is left implicit.
        var state = ctx.State<Cards>();
        var codecs = state.Codecs.TryGetValue(bus[..dot], out var list) ? list : state.Codecs[bus[..dot]] = [];
        codecs.Add(driver["hda-".Length..]);
        var updated = card with { Codecs = codecs is ["duplex"] ? EquatableArray<string>.Empty : codecs.ToEquatableArray(), AudioId = card.AudioId ?? audio };
        ctx.ReplaceDevice(card, updated);
        state.ById[bus[..dot]] = updated;
    }

    /// <summary><c>-machine pcspk-audiodev=ID</c>: the PC speaker plays through that backend.</summary>
    public static void MachineSpeaker(LiftContext ctx, string audiodev) => ctx.State<Cards>().SpeakerAudio = audiodev;

    /// <summary>A &lt;sound model='pcspk'&gt; for each soundN below the last card's N that no card has, else one from -machine at the end.</summary>
    public void Finish(LiftContext ctx)
    {
        var state = ctx.State<Cards>();
        var audio = state.SpeakerAudio is { } a ? AudiodevLifter.Number(a) : null;
        var speakers = 0;
        var next = 0;
        foreach (var (n, id) in state.Ids.Select(id => (N: Number(id) ?? -1, Id: id)).Where(c => c.N >= 0).OrderBy(c => c.N))
        {
            var card = state.ById[id];
            for (; next < n; next++)
            {
                ctx.InsertDevice(card, Speaker(speakers++ == 0 ? audio : null, card.Info.Span));
            }

            next = n + 1;
        }

        if (speakers == 0 && state.SpeakerAudio is not null)
        {
            ctx.AddDevice(Speaker(audio, null));
        }
    }

    // Placed where the card it precedes is on the line, so the cards keep their numbers.
    private static Sound Speaker(int? audio, Diagnostics.SourceSpan? at) => new() { Model = "pcspk", AudioId = audio, Info = new DeviceInfo { Span = at } };

    private static int? Number(string id) =>
        id.StartsWith("sound", StringComparison.Ordinal) && int.TryParse(id.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private sealed class Cards
    {
        /// <summary>The cards' ids in line order.</summary>
        public List<string> Ids { get; } = [];

        public string? SpeakerAudio { get; set; }

        public Dictionary<string, Sound> ById { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<string>> Codecs { get; } = new(StringComparer.Ordinal);
    }
}
