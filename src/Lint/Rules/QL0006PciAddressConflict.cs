using System.Xml.Linq;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>
/// Two devices at one PCI address, or a device on a slot the machine type's chipset occupies
/// (i440FX: 00:01.0 ISA bridge, 00:01.1 IDE, 00:01.3 ACPI; Q35: 00:1f.0 LPC, 00:1f.2 SATA,
/// 00:1f.3 SMBus; both: 00:00.0 host bridge), as libvirt's address set reports it.
/// </summary>
public sealed class QL0006PciAddressConflict : IRule
{
    public string Id => "QL0006";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "PCI address is already in use";

    public string Description => "Each PCI function can hold one device. libvirt refuses a domain where two devices have the same "
        + "<address type='pci'>, or where a device is put on a function the machine type's built-in chipset devices occupy: "
        + "00:00.0 (host bridge) on every PC machine, 00:01.0/00:01.1/00:01.3 (PIIX ISA bridge, IDE, ACPI) on i440FX, and "
        + "00:1f.0/00:1f.2/00:1f.3 (ICH9 LPC, SATA, SMBus) on Q35.";

    public string Fix => "Move the device to a free slot, or drop its <address> and let libvirt assign one.";

    public void Check(LintContext context)
    {
        // Keyed by the canonical text: a dictionary keyed by the struct would be compiled at run time.
        var used = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var device in context.Devices)
        {
            // A <console> may repeat the first <serial> it aliases, address included.
            if (device.Name.LocalName == "console" || PciAddress.Of(device) is not { } address)
            {
                continue;
            }

            var at = device.Child("address")!;
            // Also the text of the messages: formatting the struct itself would be compiled at run time.
            var key = address.ToString();
            if (used.TryGetValue(key, out var other))
            {
                context.Report(at, $"PCI address {key} of <{device.Name.LocalName}> is already used by <{other.Name.LocalName}> on line {context.SpanOf(other).Line}");
                continue;
            }

            used[key] = device;
            if (ChipsetOwner(context, address, device) is { } owner)
            {
                context.Report(at, $"PCI address {key} is reserved for the machine's built-in {owner}");
            }
        }
    }

    private static string? ChipsetOwner(LintContext context, PciAddress a, XElement device)
    {
        if (a.Domain != 0 || a.Bus != 0 || !context.IsX86)
        {
            return null;
        }

        var controller = device.Name.LocalName == "controller" ? device.AttrOr("type", string.Empty) : null;
        if (context.IsI440fx && a.Slot == 1)
        {
            return a.Function switch
            {
                0 => "PIIX ISA bridge",
                1 when controller != "ide" => "PIIX IDE controller",
                3 => "PIIX ACPI controller",
                _ => null,
            };
        }

        if (context.IsQ35 && a.Slot == 0x1f)
        {
            return a.Function switch
            {
                0 => "ICH9 LPC bridge",
                2 when controller != "sata" => "ICH9 SATA controller",
                3 => "ICH9 SMBus controller",
                _ => null,
            };
        }

        return a.Slot == 0 && (context.IsI440fx || context.IsQ35) ? "host bridge" : null;
    }
}
