using System.Xml.Linq;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>USB controllers, hubs and ports (formatdomain.html, "USB controller", "Hub devices").</summary>
public sealed class QL0028UsbTopology : IRule
{
    private const int HubPorts = 8;
    private const int XhciMaxPorts = 15;

    public string Id => "QL0028";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "USB device, port or controller is invalid";

    public string Description => "With <controller type='usb' model='none'> the guest has no USB bus, so USB devices cannot be added. "
        + "xHCI controllers have at most 15 ports. A USB address must name a port the controller (ports=, or the model's default: "
        + "2 for UHCI, 6 for EHCI, 4 for xHCI) or the hub (8 ports) has, and two devices cannot use one port. A UHCI companion "
        + "controller (<master startport=...>) needs its EHCI master controller with the same index.";

    public string Fix => "Add a USB controller, keep ports= within the model's limit, use free port numbers, and define the EHCI master of companion controllers.";

    public void Check(LintContext context)
    {
        var controllers = context.DevicesNamed("controller").Where(c => c.Attr("type") == "usb").ToList();
        var noUsb = controllers.Count > 0 && controllers.All(c => c.Attr("model") == "none");
        foreach (var c in controllers)
        {
            var model = c.Attr("model") ?? string.Empty;
            if (model.Contains("xhci", StringComparison.Ordinal) && c.Number("ports") is > XhciMaxPorts)
            {
                context.Report(c.Attribute("ports")!, $"{model} supports at most {XhciMaxPorts} ports, not {c.Attr("ports")}");
            }

            if (c.Child("master") is { } master && !controllers.Any(m => m.Attr("index") == c.Attr("index") && (m.Attr("model") ?? string.Empty).Contains("ehci", StringComparison.Ordinal)))
            {
                context.Report(master, $"companion controller {model} has no EHCI master controller with index {c.AttrOr("index", "0")}");
            }
        }

        var used = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var device in context.Devices.Where(IsUsbDevice))
        {
            if (noUsb)
            {
                context.Report(device, $"<{device.Name.LocalName}> is a USB device, but the USB controller is model='none'");
                continue;
            }

            if (device.Child("address") is not { } a || a.Attr("type") != "usb" || a.Attr("port") is not { } port)
            {
                continue;
            }

            var bus = a.AttrOr("bus", "0");
            if (!used.TryAdd($"{bus}:{port}", device))
            {
                var other = used[$"{bus}:{port}"];
                context.Report(a, $"USB port {bus}:{port} is already used by the <{other.Name.LocalName}> on line {context.SpanOf(other).Line}");
            }

            CheckPortRange(context, a, port, controllers.FirstOrDefault(c => c.AttrOr("index", "0") == bus));
        }
    }

    private static void CheckPortRange(LintContext context, XElement address, string port, XElement? controller)
    {
        var parts = port.Split('.');
        if (controller is not null && XmlFacts.Number(parts[0]) is { } first && PortsOf(controller, context) is { } ports && first > ports)
        {
            context.Report(address, $"USB port {parts[0]} does not exist: the controller has {ports} ports");
        }

        foreach (var deeper in parts.Skip(1))
        {
            if (XmlFacts.Number(deeper) is > HubPorts)
            {
                context.Report(address, $"USB port {port} does not exist: a USB hub has {HubPorts} ports");
            }
        }
    }

    private static long? PortsOf(XElement controller, LintContext context)
    {
        if (controller.Number("ports") is { } explicitPorts)
        {
            return explicitPorts;
        }

        var model = controller.Attr("model") ?? (context.IsX86 ? "piix3-uhci" : null);
        return model switch
        {
            "piix3-uhci" or "piix4-uhci" or "vt82c686b-uhci" => 2,
            "ehci" or "ich9-ehci1" => 6,
            "nec-xhci" or "qemu-xhci" => 4,
            _ => null,
        };
    }

    private static bool IsUsbDevice(XElement d) => d.Name.LocalName switch
    {
        "input" or "disk" => (d.Child("target")?.Attr("bus") ?? d.Attr("bus")) == "usb",
        "hub" => d.Attr("type") == "usb",
        "redirdev" => d.Attr("bus") == "usb",
        "hostdev" => d.Attr("type") == "usb",
        "sound" => d.Attr("model") == "usb",
        "smartcard" => true,
        _ => false,
    };
}
