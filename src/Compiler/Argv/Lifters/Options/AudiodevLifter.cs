using System.Globalization;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-audiodev DRIVER,id=ID</c>: a host audio backend, &lt;audio id=N type=...&gt; (libvirt names
/// them audioN; QEMU's <c>pa</c> is libvirt's pulseaudio).
/// </summary>
public sealed class AudiodevLifter() : OptionLifter(LiftPhase.Backends, "audiodev")
{
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

        var number = id.StartsWith("audio", StringComparison.Ordinal) && int.TryParse(id.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : ctx.Devices.OfType<Audio>().Count() + 1;
        backend.Used = true;

        ctx.AddDevice(new Audio { Id = number, Type = driver == "pa" ? "pulseaudio" : driver, Info = new DeviceInfo { Span = option.Span } });
        ctx.IgnoreProperties(option, p, "id", "driver");
    }
}
