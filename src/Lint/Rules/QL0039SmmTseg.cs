using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>The SMM TSEG size is a Q35 (mch) property given in whole MiB.</summary>
public sealed class QL0039SmmTseg : IRule
{
    public string Id => "QL0039";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "SMM TSEG size is invalid";

    public string Description => "<smm><tseg> sets the Q35 memory controller's extended TSEG (QEMU's mch.extended-tseg-mbytes), so it "
        + "exists only on Q35 machines and is a whole number of MiB.";

    public string Fix => "Use a Q35 machine and give the size in MiB (e.g. <tseg unit='MiB'>48</tseg>).";

    public void Check(LintContext context)
    {
        if (context.Root.Child("features")?.Child("smm")?.Child("tseg") is not { } tseg)
        {
            return;
        }

        if (!context.IsQ35)
        {
            context.Report(tseg, $"<tseg> is only supported on Q35 machines, not '{context.Machine}'");
        }

        if (XmlFacts.KiB(tseg, "MiB") is { } kib && kib % 1024 != 0)
        {
            context.Report(tseg, $"TSEG size {kib} KiB is not a whole number of MiB");
        }
    }
}
