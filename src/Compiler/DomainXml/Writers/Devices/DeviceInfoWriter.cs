using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>
/// The common device children (virDomainDeviceInfoFormat): &lt;boot&gt;, user &lt;alias&gt;,
/// &lt;acpi&gt; and &lt;address&gt;. Generated aliases are runtime state and are not written.
/// </summary>
public static class DeviceInfoWriter
{
    /// <param name="rom">The &lt;rom&gt; of devices that have one (interfaces), written after the alias.</param>
    public static void Write(XmlTextBuilder x, DeviceInfo info, bool includeBoot = true, DeviceRom? rom = null)
    {
        if (includeBoot && info.BootOrder is { } order)
        {
            x.Empty("boot", ("order", Str(order)), ("loadparm", info.LoadParm));
        }

        if (info.UserAlias && info.Alias is { } alias)
        {
            x.Empty("alias", ("name", alias));
        }

        if (rom is not null)
        {
            // virDomainDeviceInfoFormat's order: enabled, bar, file.
            x.Element("rom", _ => { }, [("enabled", rom.Enabled), ("bar", rom.Bar), ("file", rom.File), .. Attrs(rom.ExtraAttributes)]);
        }

        if (info.AcpiIndex is { } acpi)
        {
            x.Empty("acpi", ("index", Str(acpi)));
        }

        WriteAddress(x, info.Address);
    }

    public static void WriteAddress(XmlTextBuilder x, Address? address)
    {
        switch (address)
        {
            case null:
                return;
            case PciAddress p:
                var attrs = new (string, string?)[]
                {
                    ("type", "pci"), ("domain", $"0x{p.Domain:x4}"), ("bus", $"0x{p.Bus:x2}"), ("slot", $"0x{p.Slot:x2}"),
                    ("function", $"0x{p.Function:x1}"), ("multifunction", p.Multifunction is { } mf ? OnOff(mf) : null),
                };
                if (p.Zpci is { } z)
                {
                    x.Open("address", attrs);
                    GenericNodeWriter.Write(x, z);
                    x.Close();
                }
                else
                {
                    x.Empty("address", attrs);
                }

                return;
            case DriveAddress a:
                x.Empty("address", ("type", "drive"), ("controller", Str(a.Controller)), ("bus", Str(a.Bus)), ("target", Str(a.Target)), ("unit", Str(a.Unit)));
                return;
            case VirtioSerialAddress v:
                x.Empty("address", ("type", "virtio-serial"), ("controller", Str(v.Controller)), ("bus", Str(v.Bus)), ("port", Str(v.Port)));
                return;
            case CcidAddress c:
                x.Empty("address", ("type", "ccid"), ("controller", Str(c.Controller)), ("slot", Str(c.Slot)));
                return;
            case UsbAddress u:
                x.Empty("address", ("type", "usb"), ("bus", Str(u.Bus)), ("port", u.Port));
                return;
            case IsaAddress i:
                x.Empty("address", ("type", "isa"), ("iobase", i.IoBase is { } io ? $"0x{io:x}" : null), ("irq", i.Irq is { } irq ? $"0x{irq:x}" : null));
                return;
            case DimmAddress dm:
                x.Empty("address", ("type", "dimm"), ("slot", Str(dm.Slot)), ("base", dm.Base is { } b ? $"0x{b:x}" : null));
                return;
            case OtherAddress o:
                x.Empty("address", [("type", o.AddressType), .. o.Attributes.Select(kv => (kv.Key, (string?)kv.Value))]);
                return;
        }
    }

    /// <summary>A host-side PCI address (NVMe controller, host device source): no type attribute.</summary>
    public static void WriteHostPciAddress(XmlTextBuilder x, PciAddress p) =>
        x.Empty("address", ("domain", $"0x{p.Domain:x4}"), ("bus", $"0x{p.Bus:x2}"), ("slot", $"0x{p.Slot:x2}"), ("function", $"0x{p.Function:x1}"));

    public static (string, string?)[] Attrs(EquatableArray<Attr> attrs) =>
        attrs.Select(kv => (kv.Key, (string?)kv.Value)).ToArray();
}
