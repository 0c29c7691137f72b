using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>A TPM needs a backend (passthrough, emulator or external).</summary>
public sealed class QL0022TpmBackend : IRule
{
    public string Id => "QL0022";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "TPM device has no <backend>";

    public string Description => "The TPM front end the guest sees (tpm-tis, tpm-crb, spapr) needs something behind it: the host's TPM "
        + "(passthrough), a swtpm instance libvirt starts (emulator), or an external swtpm socket (external). libvirt refuses a "
        + "<tpm> without <backend>.";

    public string Fix => "Add <backend type='emulator' version='2.0'/> (software TPM) or a passthrough/external backend.";

    public void Check(LintContext context)
    {
        foreach (var tpm in context.DevicesNamed("tpm"))
        {
            if (tpm.Child("backend") is null)
            {
                context.Report(tpm, "TPM device has no <backend>");
            }
        }
    }
}
