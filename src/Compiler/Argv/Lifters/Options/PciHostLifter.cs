using System.Globalization;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary><c>-pcidevice host=BB:SS.F</c> (qemu-kvm's PCI passthrough): a managed PCI &lt;hostdev&gt;.</summary>
public sealed class PciHostLifter() : OptionLifter(LiftPhase.Settings, "pcidevice")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Value is not { } value)
        {
            return;
        }

        var host = value.Text.StartsWith("host=", StringComparison.Ordinal) ? value.Text["host=".Length..].Split(',')[0] : value.Text;
        if (PciHostAddress.Parse(host) is not { } address)
        {
            ctx.Error(LiftCodes.MalformedValue, value.Span, $"-pcidevice: '{host}' is not a PCI address (bus:slot.function)");
            return;
        }

        ctx.AddDevice(new Hostdev { Type = "pci", Managed = true, SourceNode = NodeBuilder.Element("source", [], address), Info = new DeviceInfo { Span = option.Span } });
    }
}

/// <summary>A host PCI address <c>[DDDD:]BB:SS.F</c> (hexadecimal) as a &lt;source&gt;&lt;address&gt;.</summary>
public static class PciHostAddress
{
    public static GenericNode? Parse(string text)
    {
        var parts = text.Split(':');
        if (parts.Length is < 2 or > 3 || parts[^1].Split('.') is not [var slotText, var fnText])
        {
            return null;
        }

        var domainText = parts.Length == 3 ? parts[0] : "0";
        var busText = parts[^2];
        if (!Hex(domainText, out var domain) || !Hex(busText, out var bus) || !Hex(slotText, out var slot) || !Hex(fnText, out var fn))
        {
            return null;
        }

        return NodeBuilder.Element("address", ("domain", $"0x{domain:x4}"), ("bus", $"0x{bus:x2}"), ("slot", $"0x{slot:x2}"), ("function", $"0x{fn:x}"));
    }

    private static bool Hex(string s, out int value) => int.TryParse(s, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
}
