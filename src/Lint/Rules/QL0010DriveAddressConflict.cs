using System.Xml.Linq;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>
/// Two disks or SCSI host devices at one drive address (controller, bus, target, unit). A disk
/// without &lt;address&gt; gets the one its target name implies (hdc = IDE 0:1:0:0, sdb on SATA = 0:0:0:1).
/// </summary>
public sealed class QL0010DriveAddressConflict : IRule
{
    public string Id => "QL0010";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Drive address is already in use";

    public string Description => "IDE, SATA, SCSI and floppy disks sit at a drive address: controller, bus, target, unit. libvirt derives "
        + "the address of a disk without <address> from its target name (hda..hdd: IDE controller 0, buses 0-1, units 0-1; sda.. on "
        + "SATA: controller 0, units 0-5), and refuses a domain where two disks or SCSI host devices end up at the same address.";

    public string Fix => "Change the <address type='drive'> (or the target name) of one of the devices so that each address is used once.";

    public void Check(LintContext context)
    {
        // String keys: a dictionary keyed by a tuple of longs would be compiled at run time (no ReadyToRun code for it).
        var used = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var device in context.Devices)
        {
            if (AddressOf(device) is not { } key)
            {
                continue;
            }

            var text = $"{key.Item1} {key.Item2}:{key.Item3}:{key.Item4}:{key.Item5}";
            if (used.TryGetValue(text, out var other))
            {
                var at = (XObject?)device.Child("address") ?? device.Child("target") ?? device;
                context.Report(at, $"{key.Item1} drive address {key.Item2}:{key.Item3}:{key.Item4}:{key.Item5} is also used by the <{other.Name.LocalName}> on line {context.SpanOf(other).Line}");
            }
            else
            {
                used[text] = device;
            }
        }
    }

    private static (string Bus, long Controller, long BusNo, long Target, long Unit)? AddressOf(XElement device)
    {
        string? bus = device.Name.LocalName switch
        {
            "disk" => device.Child("target")?.Attr("bus") ?? ImpliedBus(device.Child("target")?.Attr("dev")),
            "hostdev" when device.Attr("type") == "scsi" => "scsi",
            _ => null,
        };
        if (bus is not ("ide" or "sata" or "scsi" or "fdc"))
        {
            return null;
        }

        if (device.Child("address") is { } a)
        {
            return a.Attr("type") == "drive"
                ? (bus, a.Number("controller") ?? 0, a.Number("bus") ?? 0, a.Number("target") ?? 0, a.Number("unit") ?? 0)
                : null;
        }

        if (device.Name.LocalName != "disk" || TargetIndex(device.Child("target")?.Attr("dev")) is not { } idx)
        {
            return null;
        }

        return bus switch
        {
            "ide" => (bus, idx / 4, idx % 4 / 2, 0, idx % 2),
            "sata" => (bus, idx / 6, 0, 0, idx % 6),
            "fdc" => (bus, 0, 0, 0, idx),
            _ when idx < 7 => (bus, 0, 0, 0, idx),
            _ => null,
        };
    }

    private static string? ImpliedBus(string? dev) => dev switch
    {
        null => null,
        _ when dev.StartsWith("hd", StringComparison.Ordinal) => "ide",
        _ when dev.StartsWith("fd", StringComparison.Ordinal) => "fdc",
        _ => null,
    };

    /// <summary>"hdc" gives 2, "sdaa" gives 26: libvirt's disk name to index mapping.</summary>
    public static long? TargetIndex(string? dev)
    {
        if (dev is not { Length: > 2 })
        {
            return null;
        }

        long index = 0;
        var first = true;
        foreach (var c in dev.AsSpan(2))
        {
            if (c is < 'a' or > 'z')
            {
                return null;
            }

            index = ((first ? 0 : index + 1) * 26) + (c - 'a');
            first = false;
        }

        return index;
    }
}
