using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-bios FILE</c>: a firmware ROM image, &lt;loader type='rom'&gt;FILE&lt;/loader&gt;
/// (qemuBuildDomainLoaderCommandLine writes it for a rom loader, also when &lt;os firmware='bios'&gt;
/// chose it).
/// </summary>
public sealed class BiosLifter() : OptionLifter(LiftPhase.Settings, "bios")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Value is { } value)
        {
            ctx.Domain = ctx.Domain with { Os = ctx.Domain.Os with { Loader = new Loader { Type = "rom", Path = value.Text } } };
        }
    }
}
