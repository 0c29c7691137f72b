using System.Globalization;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// Sound cards (qemuBuildSoundCommandLine): one <c>-device</c> per card with the audio backend it
/// plays through; the HDA controllers instead get one codec device per &lt;codec&gt; (a duplex codec
/// when none is given), and the codecs carry the backend. The PC speaker is a machine property.
/// </summary>
public sealed class SoundEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        foreach (var sound in ctx.Domain.DevicesOf<Sound>())
        {
            var driver = sound.Model switch
            {
                "es1370" => "ES1370",
                "ac97" => "AC97",
                "ich6" => "intel-hda",
                "ich9" => "ich9-intel-hda",
                "usb" => "usb-audio",
                "sb16" => "sb16",
                "pcspk" => string.Empty,
                _ => null,
            };
            if (driver is null)
            {
                ctx.Error("QC0340", sound.Info, $"sound card model '{sound.Model}' is not supported by qemu");
                continue;
            }

            if (driver.Length == 0)
            {
                continue;
            }

            var audioId = AudioIdFor(ctx, sound);
            if (audioId is null)
            {
                continue;
            }

            var alias = sound.Info.Alias ?? "sound";
            var props = new JsonProps().Add("driver", driver).Add("id", alias);
            if (!sound.SupportsCodecs)
            {
                props.Add("audiodev", audioId);
            }

            if (sound.Model == "usb")
            {
                props.AddIfNotNull("multi", sound.MultiChannel);
            }

            DeviceAddressProps.Add(props, sound, ctx.Domain);
            ctx.Add("-device", props);

            if (sound.SupportsCodecs)
            {
                var codecs = sound.Codecs.IsEmpty ? ["duplex"] : sound.Codecs.ToList();
                for (var cad = 0; cad < codecs.Count; cad++)
                {
                    ctx.Add("-device", new JsonProps()
                        .Add("driver", "hda-" + codecs[cad])
                        .Add("id", $"{alias}-codec{cad.ToString(CultureInfo.InvariantCulture)}")
                        .Add("bus", alias + ".0")
                        .Add("cad", cad)
                        .Add("audiodev", audioId));
                }
            }
        }
    }

    /// <summary>The QEMU id of the backend a sound card or display uses: its &lt;audio id&gt;, else the first backend.</summary>
    public static string? AudioIdFor(EmitContext ctx, Device device, int? id = null)
    {
        id ??= (device as Sound)?.AudioId;
        var audios = ctx.Domain.DevicesOf<Audio>().ToList();
        var audio = id is { } want ? audios.FirstOrDefault(a => a.Id == want) : audios.FirstOrDefault();
        if (audio is null)
        {
            ctx.Error("QC0341", device.Info, "unable to find audio backend for sound device");
            return null;
        }

        return AudioEmitter.AudioId(audio.Id);
    }
}
