using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>virtiofs filesystems cannot be exported read-only by libvirt 9.0.</summary>
public sealed class QL0041VirtiofsReadonly : IRule
{
    public string Id => "QL0041";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "virtiofs filesystem marked <readonly/>";

    public string Description => "virtiofsd (the vhost-user back end of <filesystem> with <driver type='virtiofs'>) exports the "
        + "directory read-write; libvirt 9.0 refuses <readonly/> for it.";

    public string Fix => "Remove <readonly/>, or mount the filesystem read-only inside the guest.";

    public void Check(LintContext context)
    {
        foreach (var fs in context.DevicesNamed("filesystem"))
        {
            if (fs.Child("driver")?.Attr("type") == "virtiofs" && fs.Child("readonly") is { } ro)
            {
                context.Report(ro, "virtiofs filesystems cannot be read-only");
            }
        }
    }
}
