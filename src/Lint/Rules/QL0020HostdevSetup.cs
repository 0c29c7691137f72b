using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>Host device settings libvirt's hostdev parser and QEMU validation refuse.</summary>
public sealed class QL0020HostdevSetup : IRule
{
    public string Id => "QL0020";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Host device is set up in a way libvirt refuses";

    public string Description => "A mediated device (type='mdev') is found by the UUID of the host's mdev, so its <source> holds "
        + "<address uuid='...'/>, never a PCI address. A vfio-ccw mdev appears on the channel subsystem and takes a ccw address, "
        + "not a PCI one. display='on' shows the mdev's framebuffer through a <graphics> device, so the guest needs one. "
        + "Boot order cannot be set on vfio-ap crypto adapters or vhost-scsi (scsi_host) devices, which firmware cannot boot from.";

    public string Fix => "Use <source><address uuid='...'/></source> for mdevs, a ccw address for vfio-ccw, add a <graphics> device "
        + "for display='on', and drop <boot order> from devices that cannot boot.";

    public void Check(LintContext context)
    {
        var hasGraphics = context.DevicesNamed("graphics").Any();
        foreach (var hostdev in context.DevicesNamed("hostdev"))
        {
            var type = hostdev.Attr("type");
            var model = hostdev.Attr("model");
            if (type == "mdev")
            {
                if (hostdev.Child("source")?.Child("address") is { } src && src.Attr("uuid") is null)
                {
                    context.Report(src, "a mediated device is selected by <address uuid='...'/>, not by a PCI address");
                }

                if (model == "vfio-ccw" && hostdev.Child("address")?.Attr("type") is { } at && at != "ccw")
                {
                    context.Report(hostdev.Child("address")!, $"a vfio-ccw mediated device needs a ccw address, not '{at}'");
                }

                if (hostdev.Attr("display") == "on" && !hasGraphics)
                {
                    context.Report(hostdev.Attribute("display")!, "display='on' needs a <graphics> device to show the mdev framebuffer");
                }
            }

            if (hostdev.Child("boot") is { } boot && (model == "vfio-ap" || type == "scsi_host"))
            {
                context.Report(boot, $"boot order is not supported for {(type == "scsi_host" ? "vhost-scsi host devices" : "vfio-ap devices")}");
            }
        }
    }
}
