using System.Globalization;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// The USB controller index a <c>bus=</c> or <c>masterbus=</c> value names. libvirt names a controller's
/// bus after its alias plus <c>.0</c> (qemuBuildUSBControllerDevProps, qemuBuildDeviceAddressProps):
/// <c>usb.0</c> is controller 0, <c>usbN.0</c> controller N, and a user alias (<c>ua-NAME.0</c>) the
/// controller already lifted with that alias.
/// </summary>
public static class UsbBuses
{
    public static int? Index(string bus, LiftContext ctx)
    {
        if (!bus.EndsWith(".0", StringComparison.Ordinal))
        {
            return null;
        }

        var name = bus[..^2];
        if (name.StartsWith("ua-", StringComparison.Ordinal))
        {
            return ctx.Devices.OfType<Controller>().FirstOrDefault(c => c.Type == "usb" && c.Info.Alias == name)?.Index;
        }

        if (!name.StartsWith("usb", StringComparison.Ordinal))
        {
            return null;
        }

        return name.Length == 3 ? 0 : int.TryParse(name.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
