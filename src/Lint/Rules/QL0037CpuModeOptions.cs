using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>CPU cache and physical address bits options that depend on the CPU mode (formatdomain.html, "CPU model and topology").</summary>
public sealed class QL0037CpuModeOptions : IRule
{
    public string Id => "QL0037";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "CPU cache or address-size option does not fit the CPU mode";

    public string Description => "<cache mode='passthrough'> exposes the host's cache topology and needs mode='host-passthrough' (or "
        + "'maximum'). <maxphysaddr mode='emulate'> needs bits=, and mode='passthrough' takes the host's value, so bits= is not "
        + "allowed with it.";

    public string Fix => "Use cpu mode='host-passthrough' for cache passthrough; give bits= only with maxphysaddr mode='emulate'.";

    public void Check(LintContext context)
    {
        if (context.Root.Child("cpu") is not { } cpu)
        {
            return;
        }

        var mode = cpu.AttrOr("mode", "custom");
        if (cpu.Child("cache") is { } cache && cache.Attr("mode") == "passthrough" && mode is not ("host-passthrough" or "maximum"))
        {
            context.Report(cache, $"cache mode='passthrough' needs cpu mode='host-passthrough', not '{mode}'");
        }

        if (cpu.Child("maxphysaddr") is { } phys)
        {
            if (phys.Attr("mode") == "emulate" && phys.Attribute("bits") is null)
            {
                context.Report(phys, "maxphysaddr mode='emulate' needs bits=");
            }
            else if (phys.Attr("mode") == "passthrough" && phys.Attribute("bits") is { } bits)
            {
                context.Report(bits, "maxphysaddr mode='passthrough' takes the host's value; bits= is not allowed");
            }
        }
    }
}
