using System.Collections.Frozen;
using System.Globalization;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// Smaller device families, each the mirror of its to-native emitter: <c>usb-redir</c> (a USB
/// &lt;redirdev&gt; over its chardev, its filter= by <see cref="RedirFilterLifter"/>), <c>usb-ccid</c> (a CCID &lt;controller&gt;) and the cards on it
/// (<c>ccid-card-emulated</c> nss-emulated/certificates → &lt;smartcard mode='host|host-certificates'&gt;,
/// <c>ccid-card-passthru</c> → passthrough over its chardev), <c>vhost-vsock-pci</c> (&lt;vsock&gt; with
/// its guest CID; the vhost fd is the host's).
/// </summary>
public sealed class UsbPeripheralLifter : IDeviceLifter
{
    private static readonly string[] CertKeys = ["cert1", "cert2", "cert3"];

    private static readonly FrozenSet<string> Known = DeviceProps.Understood(["chardev", "backend", .. CertKeys, "db", "guest-cid", "vhostfd", "filter"]);

    public IReadOnlyList<string> Drivers { get; } =
    [
        "usb-redir", "usb-ccid", "ccid-card-emulated", "ccid-card-passthru",
        "vhost-vsock-pci", "vhost-vsock-pci-transitional", "vhost-vsock-pci-non-transitional",
    ];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        var driver = p.GetString("driver")!;
        ctx.IgnoreProperties(option, p, Known);
        if (driver == "usb-ccid")
        {
            var index = p.GetString("id") is { } id && id.StartsWith("ccid", StringComparison.Ordinal) && int.TryParse(id.AsSpan(4), CultureInfo.InvariantCulture, out var n)
                ? n
                : ctx.Devices.OfType<Controller>().Count(c => c.Type == "ccid");
            ctx.AddDevice(new Controller { Type = "ccid", Index = index, Info = DeviceProps.Info(option, p, ctx) });
            return;
        }

        Device? device = driver switch
        {
            "usb-redir" => Chardev(p, ctx) is { } src ? new Redirdev { Source = src } : null,
            "ccid-card-passthru" => Chardev(p, ctx) is { } src ? new Smartcard { Mode = "passthrough", Source = src } : null,
            "ccid-card-emulated" when p.GetString("backend") == "certificates" => new Smartcard
            {
                Mode = "host-certificates",
                Certificates = CertKeys.Select(k => p.GetString(k)).OfType<string>().ToEquatableArray(),
                Database = p.GetString("db"),
            },
            "ccid-card-emulated" => new Smartcard { Mode = "host" },
            _ => new Vsock { Model = DiskDeviceLifter.VirtioModel(driver) ?? "virtio", AutoCid = false, Cid = p.GetInt64("guest-cid") is { } cid ? (int)cid : null },
        };
        if (device is null)
        {
            ctx.KeepAsPassthrough(option, $"'{driver}' without a usable chardev has no domain XML form");
            return;
        }

        var info = DeviceProps.Info(option, p, ctx);
        if (driver.StartsWith("ccid-card", StringComparison.Ordinal) && p.GetString("bus") is { } bus && bus.StartsWith("ccid", StringComparison.Ordinal)
            && int.TryParse(bus.AsSpan(4, Math.Max(0, bus.IndexOf('.', StringComparison.Ordinal) - 4)), CultureInfo.InvariantCulture, out var controller))
        {
            info = info with { Address = new CcidAddress(controller, 0) };
        }

        ctx.AddDevice(device with { Info = info });
        if (driver == "usb-redir")
        {
            RedirFilterLifter.Lift(p, ctx);
        }
    }

    private static ChardevSource? Chardev(PropertyBag p, LiftContext ctx) =>
        p.GetString("chardev") is { } id && p.GetEntry("chardev") is { } e ? ctx.Resolve("chardev", id, e.Value.Span)?.Payload as ChardevSource : null;
}
