using Qconv.Compiler.Argv.Lifters.Chardev;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-serial SPEC</c> and <c>-parallel SPEC</c>: one port each, numbered in order; <c>none</c>
/// means no port, <c>chardev:ID</c> uses a <c>-chardev</c>. The target's bus type and the console
/// libvirt derives from the first serial port are defaults added after lifting.
/// </summary>
public sealed class SerialLifter() : OptionLifter(LiftPhase.Devices, "serial", "parallel")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Value is not { } value || value.Text == "none")
        {
            return;
        }

        ChardevSource? source;
        if (value.Text.StartsWith("chardev:", StringComparison.Ordinal))
        {
            source = ctx.Resolve("chardev", value.Text["chardev:".Length..], value.Span)?.Payload as ChardevSource;
        }
        else
        {
            source = LegacyCharSpec.Parse(value.Text, option.Name);
        }

        if (source is null)
        {
            ctx.KeepAsPassthrough(option, $"character device '{value.Text}' has no domain XML form");
            return;
        }

        var port = ctx.Devices.Count(d => d.ElementName == option.Name);
        ctx.AddDevice(new CharDevice { Kind = option.Name, Source = source, TargetPort = port, Info = new DeviceInfo { Span = option.Span } });
    }
}
