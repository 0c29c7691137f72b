using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>Video device combinations libvirt refuses.</summary>
public sealed class QL0035Video : IRule
{
    public string Id => "QL0035";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Video devices conflict";

    public string Description => "Only one video device can be the primary one (primary='yes'). ramfb is not a PCI device, so it "
        + "cannot have a PCI address.";

    public string Fix => "Mark a single <model primary='yes'/>; remove the <address type='pci'> of ramfb devices.";

    public void Check(LintContext context)
    {
        var primaries = 0;
        foreach (var video in context.DevicesNamed("video"))
        {
            var model = video.Child("model");
            if (model?.Attr("primary") == "yes" && ++primaries == 2)
            {
                context.Report(model, "more than one video device is marked primary='yes'");
            }

            if (model?.Attr("type") == "ramfb" && video.Child("address")?.Attr("type") == "pci")
            {
                context.Report(video.Child("address")!, "ramfb is not a PCI device and cannot have a PCI address");
            }
        }
    }
}
