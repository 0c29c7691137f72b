using System.Globalization;
using Qconv.Compiler.Argv.Lifters.Storage;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-usb</c> (QEMU's built-in USB controller) and the old <c>-usbdevice DEV</c>: <c>mouse</c>,
/// <c>tablet</c>, <c>keyboard</c> → USB &lt;input&gt;; <c>disk:PATH</c> → a USB disk;
/// <c>host:BUS.ADDR</c> / <c>host:VID:PID</c> → a USB &lt;hostdev&gt;.
/// </summary>
public sealed class UsbLifter() : OptionLifter(LiftPhase.Settings, "usb", "usbdevice")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Name == "usb")
        {
            ctx.State<UsbState>().UsbOption = true;
            return;
        }

        if (option.Value is not { } value)
        {
            return;
        }

        var text = value.Text;
        var info = new DeviceInfo { Span = option.Span };
        switch (text)
        {
            case "mouse" or "tablet" or "keyboard":
                ctx.AddDevice(new Input { Type = text, Bus = "usb", Info = info });
                return;
            case var _ when text.StartsWith("disk:", StringComparison.Ordinal):
                var source = LegacyFileName.Parse(text["disk:".Length..], out _);
                DriveLifter.AddDisk(ctx, new DriveBackend(source, new DiskDriver(), false, null, false), "usb", ctx.State<DriveIndexes>().NextFree("usb"), null, option.Span);
                return;
            case var _ when text.StartsWith("host:", StringComparison.Ordinal) && HostSource(text["host:".Length..]) is { } hostdev:
                ctx.AddDevice(hostdev with { Info = info });
                return;
            default:
                ctx.KeepAsPassthrough(option, $"USB device '{text}' has no domain XML form");
                return;
        }
    }

    // BUS.ADDR (decimal) or VENDOR:PRODUCT (hexadecimal).
    private static Hostdev? HostSource(string spec)
    {
        var dot = spec.Split('.');
        if (dot.Length == 2 && int.TryParse(dot[0], NumberStyles.None, CultureInfo.InvariantCulture, out var bus) &&
            int.TryParse(dot[1], NumberStyles.None, CultureInfo.InvariantCulture, out var device))
        {
            return new Hostdev { Type = "usb", Managed = false, UsbBus = bus, UsbDevice = device };
        }

        var colon = spec.Split(':');
        if (colon.Length == 2 && colon.All(c => c.Length is > 0 and <= 4 && c.All(char.IsAsciiHexDigit)))
        {
            return new Hostdev { Type = "usb", Managed = false, UsbVendor = Hex(colon[0]), UsbProduct = Hex(colon[1]) };
        }

        return null;
    }

    private static int Hex(string digits) => int.Parse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
}
