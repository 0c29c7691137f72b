using Qconv.Compiler.Caps;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>&lt;pm&gt; sets ACPI S3/S4, which the target QEMU cannot switch (needs --caps or --qemu-version).</summary>
public sealed class QL0052AcpiSuspendStates : IRule
{
    public string Id => "QL0052";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "QEMU cannot switch the ACPI suspend state set in <pm>";

    public string Description => "<pm><suspend-to-mem/> and <suspend-to-disk/> (enabled yes or no) become the disable_s3/disable_s4 "
        + "properties of the PIIX4 power management device (i440FX) or of ICH9's LPC bridge (Q35). libvirt refuses the setting "
        + "when the emulator has neither property (\"setting ACPI S3/S4 not supported\"), e.g. on machines without either chipset. "
        + "Checked only when the target QEMU's capabilities are given and describe the guest's architecture and emulator.";

    public string Fix => "Remove the <suspend-to-mem>/<suspend-to-disk> element, or target a QEMU and machine type that support it.";

    public void Check(LintContext context)
    {
        if (context.Caps is not { } caps || context.Root.Child("pm") is not { } pm)
        {
            return;
        }

        Check(context, caps, pm.Child("suspend-to-mem"), "S3", QemuCap.Ich9DisableS3, QemuCap.PiixDisableS3);
        Check(context, caps, pm.Child("suspend-to-disk"), "S4", QemuCap.Ich9DisableS4, QemuCap.PiixDisableS4);
    }

    // libvirt 9.0 qemuValidateDomainDefPM: the ICH9 property counts on Q35 machines only, the PIIX one on any.
    private static void Check(LintContext context, QemuCaps caps, System.Xml.Linq.XElement? state, string name, QemuCap ich9, QemuCap piix)
    {
        if (state?.Attribute("enabled") is not null && !(context.IsQ35 && caps.Has(ich9)) && !caps.Has(piix))
        {
            context.Report(state, $"{caps.Emulator ?? "QEMU"} {caps.VersionString} cannot set ACPI {name} for machine '{context.Machine}'");
        }
    }
}
