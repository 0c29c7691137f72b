using System.Xml.Linq;

namespace Qconv.Lint.Rules;

/// <summary>A guest PCI address (domain:bus:slot.function) read from &lt;address type='pci'&gt;.</summary>
public readonly record struct PciAddress(long Domain, long Bus, long Slot, long Function)
{
    /// <summary>The device's own guest address (not a hostdev's host-side source address).</summary>
    public static PciAddress? Of(XElement device) =>
        device.Child("address") is { } a && a.Attr("type") == "pci" ? From(a) : null;

    public static PciAddress? From(XElement address)
    {
        var slot = address.Number("slot");
        var function = address.Number("function") ?? 0;
        return slot is null ? null : new PciAddress(address.Number("domain") ?? 0, address.Number("bus") ?? 0, slot.Value, function);
    }

    public override string ToString() => $"{Domain:x4}:{Bus:x2}:{Slot:x2}.{Function:x}";
}
