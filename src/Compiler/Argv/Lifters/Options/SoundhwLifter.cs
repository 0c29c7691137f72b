using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary><c>-soundhw card,card,...</c> (removed in QEMU 7.1): one &lt;sound&gt; per card; <c>hda</c> is libvirt's ich6.</summary>
public sealed class SoundhwLifter() : OptionLifter(LiftPhase.Settings, "soundhw")
{
    private static readonly string[] Models = ["sb16", "es1370", "ac97", "pcspk", "ich6", "ich9", "usb", "ich7", "gus", "cs4231a", "adlib"];

    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Value is not { } value)
        {
            return;
        }

        foreach (var card in value.Text.Split(','))
        {
            var model = card == "hda" ? "ich6" : card;
            if (Array.IndexOf(Models, model) < 0)
            {
                ctx.Error(LiftCodes.MalformedValue, value.Span, $"-soundhw: unknown sound card '{card}'");
                continue;
            }

            ctx.AddDevice(new Sound { Model = model, Info = new DeviceInfo { Span = option.Span } });
        }
    }
}
