using System.Collections.Frozen;
using System.Globalization;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// The properties every <c>-device</c> may carry, as libvirt's qemuBuildDeviceAddressProps wrote
/// them: <c>bus=pci.N,addr=0xS[.0xF][,multifunction=on]</c>, <c>bus=usb.0,port=P</c>, <c>id</c>
/// (a <c>ua-</c> id is a user alias) and <c>bootindex</c>.
/// </summary>
public static class DeviceProps
{
    public static readonly string[] Keys = ["driver", "id", "bus", "addr", "multifunction", "port", "bootindex", "nr", "iobase", "irq", "acpi-index"];

    /// <summary>The keys a device family understands: these common ones, the virtio options and its own.</summary>
    public static FrozenSet<string> Understood(params IEnumerable<string> own) =>
        Keys.Concat(VirtioProps.Keys).Concat(own).ToFrozenSet(StringComparer.Ordinal);

    public static DeviceInfo Info(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        var id = p.GetString("id");
        var info = new DeviceInfo
        {
            Span = option.Span,
            Alias = id is { } a && a.StartsWith("ua-", StringComparison.Ordinal) ? a : null,
            UserAlias = id?.StartsWith("ua-", StringComparison.Ordinal) == true,
            BootOrder = p.GetInt64("bootindex") is { } b ? (int)b : null,
            AcpiIndex = p.GetInt64("acpi-index") is { } ai ? (int)ai : null,
        };
        var bus = p.GetString("bus");
        if (p.GetString("addr") is { } addr)
        {
            if (PciAddr(addr, bus) is { } pci)
            {
                return info with { Address = pci with { Multifunction = p.GetBool("multifunction") } };
            }

            ctx.Malformed(p.Get("addr")!, $"-device: addr '{addr}' is not a PCI slot[.function]");
        }
        else if (p.GetInt64("iobase") is not null || p.GetInt64("irq") is not null)
        {
            return info with { Address = new IsaAddress((int?)p.GetInt64("iobase"), (int?)p.GetInt64("irq")) };
        }
        else if (bus is not null && bus.StartsWith("virtio-serial", StringComparison.Ordinal) && VirtioSerial(bus, p.GetInt64("nr")) is { } vs)
        {
            return info with { Address = vs };
        }
        else if (bus is not null && p.GetString("port") is { } port && UsbBuses.Index(bus, ctx) is { } n)
        {
            return info with { Address = new UsbAddress(n, port) };
        }

        return info;
    }

    /// <summary>
    /// The backend a device's <paramref name="key"/> (drive=, chardev=, rng=...) names, of <paramref name="kind"/>:
    /// null when it is dangling (an error) or absent (the device is kept as passthrough: it has no XML form without it).
    /// </summary>
    public static Backend? Reference(ArgvOption option, PropertyBag p, LiftContext ctx, string key, string kind)
    {
        if (p.GetEntry(key) is not { } entry || p.GetString(key) is not { } id)
        {
            ctx.KeepAsPassthrough(option, $"a {p.GetString("driver")} device without {key}= has no domain XML form");
            return null;
        }

        return ctx.Resolve(kind, id, entry.Value.Span);
    }

    /// <summary>rombar/romfile → &lt;rom bar= file=&gt; (an empty romfile is enabled='no'), the mirror of to-native's RomProps.</summary>
    public static GenericNode? Rom(PropertyBag p)
    {
        var bar = p.GetInt64("rombar") is { } b ? (b != 0 ? "on" : "off") : null;
        var file = p.GetString("romfile");
        return bar is null && file is null ? null
            : NodeBuilder.Element("rom", ("bar", bar), ("enabled", file == string.Empty ? "no" : null), ("file", file is { Length: > 0 } ? file : null));
    }

    // bus=virtio-serialC.B,nr=P (qemuBuildDeviceAddressProps for virtio-serial ports).
    private static VirtioSerialAddress? VirtioSerial(string bus, long? nr)
    {
        var dot = bus.IndexOf('.', StringComparison.Ordinal);
        return dot > 13 && nr is { } port
            && int.TryParse(bus.AsSpan(13, dot - 13), CultureInfo.InvariantCulture, out var controller)
            && int.TryParse(bus.AsSpan(dot + 1), CultureInfo.InvariantCulture, out var b)
            ? new VirtioSerialAddress(controller, b, (int)port)
            : null;
    }

    private static PciAddress? PciAddr(string addr, string? bus)
    {
        var parts = addr.Split('.');
        if (!Hex(parts[0], out var slot) || (parts.Length == 2 ? !Hex(parts[1], out var fn) : (fn = 0) != 0) || parts.Length > 2)
        {
            return null;
        }

        var busNo = bus is not null && bus.StartsWith("pci.", StringComparison.Ordinal) && int.TryParse(bus.AsSpan(4), CultureInfo.InvariantCulture, out var b) ? b : 0;
        return new PciAddress(0, busNo, slot, fn);
    }

    private static bool Hex(string s, out int value) =>
        int.TryParse(s.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? s[2..] : s, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
}
