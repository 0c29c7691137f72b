using System.Globalization;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-netdev TYPE,id=ID,...</c>: a network backend for a NIC's <c>netdev=ID</c>. A user backend that only
/// carries <c>guestfwd=tcp:ADDR:PORT-chardev:ID</c> is how libvirt builds a guestfwd &lt;channel&gt;
/// (qemuBuildChannelGuestfwdNetdevProps): lifted as that channel over the named chardev.
/// </summary>
public sealed class NetdevLifter() : OptionLifter(LiftPhase.Backends, "netdev")
{
    private const string ChardevPrefix = "-chardev:";

    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (ctx.DefineFromOption("netdev", option) is { } backend && backend.Properties.GetString("type") == "user"
            && backend.Properties.GetAll("guestfwd").SingleOrDefault() is ObjectValue { Properties: var fwd }
            && Guestfwd(fwd.GetString("str"), ctx) is { } channel)
        {
            backend.Used = true;
            ctx.AddDevice(channel with { Info = new DeviceInfo { Span = option.Span } });
        }
    }

    // tcp:ADDR:PORT-chardev:ID
    private static CharDevice? Guestfwd(string? rule, LiftContext ctx)
    {
        var dash = rule?.IndexOf(ChardevPrefix, StringComparison.Ordinal) ?? -1;
        if (rule is null || dash < 0 || !rule.StartsWith("tcp:", StringComparison.Ordinal))
        {
            return null;
        }

        var target = rule[4..dash];
        var colon = target.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(target.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            || ctx.Find("chardev", rule[(dash + ChardevPrefix.Length)..]) is not { Payload: ChardevSource src } chardev)
        {
            return null;
        }

        chardev.Used = true;
        return new CharDevice { Kind = "channel", Source = src, TargetType = "guestfwd", TargetAddress = target[..colon], TargetPort = port };
    }
}
