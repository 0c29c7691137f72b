using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>Character device back ends without the source they need.</summary>
public sealed partial class QL0032CharDeviceSource : IRule
{
    public string Id => "QL0032";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Character device source is missing or its reconnect setting is invalid";

    public string Description => "A serial, parallel or console device of type='unix' needs <source path=...> (only virtio channels "
        + "get a generated path). <reconnect enabled='yes'> needs a timeout of at least 1 second and only makes sense for a "
        + "client (mode='connect') socket whose path is not one libvirt generates per domain (CHANNEL_DIR/domain-ID-NAME/...), "
        + "since libvirt discards such paths when it parses the domain.";

    public string Fix => "Add <source mode='bind' path='/run/...sock'/> to unix character devices; use timeout >= 1 with reconnect.";

    public void Check(LintContext context)
    {
        foreach (var dev in context.Devices.Where(d => d.Name.LocalName is "serial" or "parallel" or "console" or "channel"))
        {
            var source = dev.Child("source");
            if (dev.Attr("type") == "unix" && dev.Name.LocalName != "channel" && source?.Attr("path") is null)
            {
                context.Report(dev, $"unix <{dev.Name.LocalName}> has no <source path=...>");
            }

            if (source?.Child("reconnect") is { } reconnect && reconnect.Attr("enabled") == "yes")
            {
                if (reconnect.Number("timeout") is null or < 1)
                {
                    context.Report(reconnect, "<reconnect enabled='yes'> needs a timeout of at least 1 second");
                }

                if (source.Attr("mode") is "bind")
                {
                    context.Report(reconnect, "<reconnect> is only valid for mode='connect' sockets");
                }
                else if (source.Attr("path") is { } path && GeneratedPath().IsMatch(path))
                {
                    context.Report(reconnect, $"'{path}' is a per-domain path libvirt generates and rewrites; a reconnecting client needs a path of its own");
                }
            }
        }
    }

    /// <summary>libvirt's generated channel sockets live in "&lt;channel dir&gt;/domain-&lt;id&gt;-&lt;name&gt;/".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"/channel(/target)?/domain-[^/]+/[^/]+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex GeneratedPath();
}
