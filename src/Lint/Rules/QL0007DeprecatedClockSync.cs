using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>&lt;clock sync=...&gt; is the pre-0.7 spelling of &lt;clock offset=...&gt;.</summary>
public sealed class QL0007DeprecatedClockSync : IRule
{
    public string Id => "QL0007";

    public Severity DefaultSeverity => Severity.Warning;

    public string Title => "Deprecated <clock sync=...>";

    public string Description => "Early libvirt releases wrote the guest clock's base as <clock sync='localtime|utc'>. It was renamed to "
        + "'offset' long ago; current libvirt schemas no longer list 'sync', and tools that validate against them reject the file.";

    public string Fix => "Write <clock offset='localtime'/> (or offset='utc') instead of sync=.";

    public void Check(LintContext context)
    {
        if (context.Root.Child("clock") is { } clock && clock.Attribute("sync") is { } sync)
        {
            context.Report(sync, clock.Attribute("offset") is null
                ? $"<clock sync='{sync.Value}'> is deprecated; use <clock offset='{sync.Value}'>"
                : "<clock sync=...> is deprecated and ignored next to offset=; remove it");
        }
    }
}
