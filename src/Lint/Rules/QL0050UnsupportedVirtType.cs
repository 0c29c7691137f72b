using Qconv.Compiler.Caps;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>The target QEMU has no accelerator for domain/@type (needs --caps or --qemu-version).</summary>
public sealed class QL0050UnsupportedVirtType : IRule
{
    public string Id => "QL0050";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "QEMU does not support the domain's virtualization type";

    public string Description => "domain/@type picks QEMU's accelerator: qemu is TCG emulation, kvm needs /dev/kvm on a Linux host, "
        + "hvf is macOS's Hypervisor.framework. libvirt refuses a domain whose type the emulator's capabilities do not list "
        + "(\"Emulator ... does not support virt type\"). Checked only when the target QEMU's capabilities are given "
        + "(qconv lint --caps FILE or --qemu-version V) and describe the guest's architecture and emulator.";

    public string Fix => "Use a virt type the host supports (kvm on Linux hosts with KVM, hvf on macOS, qemu anywhere), or lint against the capabilities of the host the guest is meant for.";

    public void Check(LintContext context)
    {
        if (context.Caps is not { } caps || Flag(context.DomainType) is not { } flag
            || !(caps.HasExplicit(QemuCap.Tcg) || caps.HasExplicit(QemuCap.Kvm) || caps.HasExplicit(QemuCap.Hvf)))
        {
            // Capability sets that predate accelerator flags cannot say either way.
            return;
        }

        if (!caps.Has(flag))
        {
            context.Report(context.Root, $"{caps.Emulator ?? "QEMU"} {caps.VersionString} ({caps.Arch}) does not support virt type '{context.DomainType}'");
        }
    }

    /// <summary>The capability libvirt requires per virt type (virQEMUCapsIsVirtTypeSupported).</summary>
    private static QemuCap? Flag(string virtType) => virtType switch
    {
        "qemu" => QemuCap.Tcg,
        "kvm" => QemuCap.Kvm,
        "hvf" => QemuCap.Hvf,
        _ => null,
    };
}
