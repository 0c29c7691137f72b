namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-compat deprecated-output=hide[,deprecated-input=reject|crash]</c> → &lt;qemu:deprecation behavior&gt;
/// (the mirror of to-native's CompatEmitter, qemuBuildCompatDeprecatedCommandLine): libvirt hides
/// deprecated output for every behavior but 'none', and sets the input policy for reject and crash;
/// hidden output alone is 'omit'. Other policies have no XML form and are kept as passthrough.
/// </summary>
public sealed class CompatLifter() : OptionLifter(LiftPhase.Settings, "compat")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Properties is not { } p)
        {
            return;
        }

        var input = p.GetString("deprecated-input");
        if (p.GetString("deprecated-output") != "hide" || input is not (null or "reject" or "crash")
            || p.Any(e => e.Key is not ("deprecated-output" or "deprecated-input")))
        {
            ctx.KeepAsPassthrough(option, "only libvirt's deprecation policies (output hidden; input accepted, rejected or crashing) have an XML form");
            return;
        }

        ctx.Domain = ctx.Domain with { QemuTuning = ctx.Domain.QemuTuning with { Deprecation = input ?? "omit" } };
    }
}
