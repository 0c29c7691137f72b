using System.Collections.Frozen;
using System.Globalization;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// Sound cards, the mirror of to-native's SoundEmitter: <c>AC97</c>, <c>ES1370</c>, <c>sb16</c>,
/// <c>usb-audio</c> (multi), <c>intel-hda</c>/<c>ich9-intel-hda</c> → &lt;sound model=...&gt; with the
/// &lt;audio id&gt; of their audiodev=; an HDA codec (<c>hda-duplex</c>, <c>hda-micro</c>,
/// <c>hda-output</c> on bus=soundN.0) is a &lt;codec&gt; of the controller it sits on.
/// </summary>
public sealed class SoundDeviceLifter : IDeviceLifter
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
        int? audio = p.GetString("audiodev") is { } a && a.StartsWith("audio", StringComparison.Ordinal)
            && int.TryParse(a.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var audioId) ? audioId : null;
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

    private sealed class Cards
    {
        public Dictionary<string, Sound> ById { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<string>> Codecs { get; } = new(StringComparer.Ordinal);
    }
}
