namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// Direct kernel boot (the mirror of to-native's KernelEmitter): <c>-kernel</c>, <c>-initrd</c>,
/// <c>-append</c> and <c>-dtb</c> are &lt;os&gt;&lt;kernel&gt;, &lt;initrd&gt;, &lt;cmdline&gt; and &lt;dtb&gt;.
/// </summary>
public sealed class KernelLifter() : OptionLifter(LiftPhase.Settings, "kernel", "initrd", "append", "dtb")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Value is not { } value)
        {
            return;
        }

        var os = ctx.Domain.Os;
        ctx.Domain = ctx.Domain with
        {
            Os = option.Name switch
            {
                "kernel" => os with { Kernel = value.Text },
                "initrd" => os with { Initrd = value.Text },
                "append" => os with { Cmdline = value.Text },
                _ => os with { Dtb = value.Text },
            },
        };
    }
}
