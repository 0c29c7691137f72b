using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>virtio-input devices only exist as modern (virtio 1.0) devices.</summary>
public sealed class QL0049VirtioInputTransitional : IRule
{
    public string Id => "QL0049";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "virtio input device with a transitional model";

    public string Description => "virtio-input (keyboard, mouse, tablet, passthrough) was introduced with virtio 1.0 and QEMU has no "
        + "transitional or non-transitional variants of it, so model='virtio-transitional' and 'virtio-non-transitional' cannot "
        + "be honoured for <input bus='virtio'>.";

    public string Fix => "Use model='virtio' or drop the model attribute.";

    public void Check(LintContext context)
    {
        foreach (var input in context.DevicesNamed("input"))
        {
            if (input.Attr("bus") == "virtio" && input.Attr("model") is "virtio-transitional" or "virtio-non-transitional")
            {
                context.Report(input.Attribute("model")!, $"virtio input devices have no '{input.Attr("model")}' variant");
            }
        }
    }
}
