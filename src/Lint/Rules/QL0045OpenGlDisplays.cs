using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>Only one display may render with OpenGL (QEMU has one GL context per console).</summary>
public sealed class QL0045OpenGlDisplays : IRule
{
    public string Id => "QL0045";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "More than one OpenGL display";

    public string Description => "QEMU renders a guest's accelerated console through one OpenGL display: SPICE with <gl enable='yes'>, "
        + "egl-headless, or D-Bus with GL. libvirt refuses a second one.";

    public string Fix => "Keep a single OpenGL display: drop egl-headless when SPICE has gl enabled, or disable gl on one of them.";

    public void Check(LintContext context)
    {
        var gl = 0;
        foreach (var g in context.DevicesNamed("graphics"))
        {
            var usesGl = g.Attr("type") == "egl-headless" || g.Child("gl")?.Attr("enable") == "yes";
            if (usesGl && ++gl == 2)
            {
                context.Report(g, "a second OpenGL display; QEMU supports only one");
            }
        }
    }
}
