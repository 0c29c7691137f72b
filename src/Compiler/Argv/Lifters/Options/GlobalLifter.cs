using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-global DRIVER.PROP=VALUE</c>: the ones libvirt writes for domain settings —
/// <c>PIIX4_PM</c>/<c>ICH9-LPC</c> <c>disable_s3</c>/<c>disable_s4</c> (&lt;pm&gt;) and
/// <c>isa-fdc.bootindexA/B</c> (floppy boot order), <c>cfi.pflash01.secure</c> (&lt;loader secure&gt;), and the chipset ones of
/// <see cref="PlatformGlobals"/>. Others are kept as passthrough. QEMU also takes
/// the long form <c>driver=D,property=P,value=V</c> (docs/system/invocation "-global").
/// </summary>
public sealed class GlobalLifter() : OptionLifter(LiftPhase.Adjustments, "global")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Value is not { } value)
        {
            return;
        }

        var text = value.Text;
        if (Split(text) is not var (driver, prop, val))
        {
            ctx.Error(LiftCodes.MalformedValue, value.Span, $"-global: '{text}' is not DRIVER.PROPERTY=VALUE or driver=D,property=P,value=V");
            return;
        }

        if (PlatformGlobals.TryLift(option, driver, prop, val, ctx))
        {
            return;
        }

        if (driver is "PIIX4_PM" or "ICH9-LPC" && prop is "disable_s3" or "disable_s4" && val is "0" or "1")
        {
            var enabled = val == "0";
            var pm = ctx.Domain.Pm ?? new PowerManagement(null, null);
            pm = prop == "disable_s3" ? pm with { SuspendToMem = enabled } : pm with { SuspendToDisk = enabled };
            ctx.Domain = ctx.Domain with { Pm = pm };
            return;
        }

        if (Firmware.PflashFirmware.LiftGlobal(driver, prop, val, ctx))
        {
            return;
        }

        if (driver == "isa-fdc" && prop is "bootindexA" or "bootindexB" && int.TryParse(val, out var order))
        {
            var dev = prop == "bootindexA" ? "fda" : "fdb";
            if (ctx.Devices.OfType<Disk>().FirstOrDefault(d => d.Target.Dev == dev) is { } floppy)
            {
                ctx.ReplaceDevice(floppy, floppy with { Info = floppy.Info with { BootOrder = order } });
                return;
            }
        }

        ctx.KeepAsPassthrough(option, $"-global {driver}.{prop} has no domain XML form");
    }

    private static (string Driver, string Property, string Value)? Split(string text)
    {
        if (text.StartsWith("driver=", StringComparison.Ordinal))
        {
            var parts = text.Split(',').Select(x => x.Split('=', 2)).Where(x => x.Length == 2).ToDictionary(x => x[0], x => x[1], StringComparer.Ordinal);
            return parts.TryGetValue("driver", out var d) && parts.TryGetValue("property", out var p) && parts.TryGetValue("value", out var v) ? (d, p, v) : null;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        return dot <= 0 || eq <= dot ? null : (text[..dot], text[(dot + 1)..eq], text[(eq + 1)..]);
    }
}
