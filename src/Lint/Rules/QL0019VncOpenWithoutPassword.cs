using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>A VNC or SPICE console reachable from every network without a password.</summary>
public sealed class QL0019VncOpenWithoutPassword : IRule
{
    public string Id => "QL0019";

    public Severity DefaultSeverity => Severity.Warning;

    public string Title => "Graphics console listens on all addresses without a password";

    public string Description => "listen='0.0.0.0' or '::' exposes the guest's screen, keyboard and mouse to every host that can reach "
        + "the port. Without passwd= (or TLS with client certificates configured in qemu.conf) anyone can take over the console. "
        + "libvirt's default is to listen on 127.0.0.1 only.";

    public string Fix => "Listen on 127.0.0.1 (and tunnel over SSH), or set passwd='...' on <graphics>.";

    public void Check(LintContext context)
    {
        foreach (var graphics in context.DevicesNamed("graphics"))
        {
            if (graphics.Attr("type") is not ("vnc" or "spice") || graphics.Attr("passwd") is not null)
            {
                continue;
            }

            var addresses = graphics.Children("listen").Select(l => l.Attr("address")).Append(graphics.Attr("listen"));
            if (addresses.FirstOrDefault(a => a is "0.0.0.0" or "::" or "[::]") is { } open)
            {
                context.Report(graphics, $"{graphics.Attr("type")} console listens on {open} without a password");
            }
        }
    }
}
