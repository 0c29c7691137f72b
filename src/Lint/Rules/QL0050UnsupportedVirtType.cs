using Qconv.Compiler.Caps;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>
/// The target QEMU has no accelerator for domain/@type. With --caps or --qemu-version that QEMU is
/// the target; without them, the default profile that <c>qconv to-native</c> compiles against judges
/// the guests it describes (its architecture and binary).
/// </summary>
public sealed class QL0050UnsupportedVirtType : IRule
{
    /// <summary>The profile to-native uses when no capabilities are given (CompileInputs).</summary>
    private const string DefaultProfile = "8.0";

    private static readonly Lazy<QemuCaps?> Default = new(() => BuiltInProfiles.Get(DefaultProfile, new DiagnosticBag()));

    public string Id => "QL0050";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "QEMU does not support the domain's virtualization type";

    public string Description => "domain/@type picks QEMU's accelerator: qemu is TCG emulation, kvm needs /dev/kvm on a Linux host, "
        + "hvf is macOS's Hypervisor.framework. libvirt refuses a domain whose type the emulator's capabilities do not list "
        + "(\"Emulator ... does not support virt type\"). Checked against the target QEMU's capabilities when they are given "
        + "(qconv lint --caps FILE or --qemu-version V) and describe the guest's architecture and emulator. Without them, "
        + "the guests that qconv's default profile describes (x86_64, /usr/bin/qemu-system-x86_64 or no emulator: the "
        + "QEMU that `qconv to-native` compiles for by default, a Linux build) are checked against it: a Linux QEMU offers "
        + "tcg and kvm, never hvf. Guests of other architectures or binaries are not judged without capabilities.";

    public string Fix => "Use a virt type the host supports (kvm on Linux hosts with KVM, hvf on macOS, qemu anywhere), or lint against the capabilities of the host the guest is meant for.";

    public void Check(LintContext context)
    {
        if (Flag(context.DomainType) is not { } flag || Target(context) is not { } caps
            || !(caps.HasExplicit(QemuCap.Tcg) || caps.HasExplicit(QemuCap.Kvm) || caps.HasExplicit(QemuCap.Hvf)))
        {
            // Capability sets that predate accelerator flags cannot say either way.
            return;
        }

        if (!caps.Has(flag))
        {
            var profile = context.TargetGiven ? string.Empty : $" (qconv's default profile {DefaultProfile}; lint with --caps for another QEMU)";
            context.Report(context.Root, $"{caps.Emulator ?? "QEMU"} {caps.VersionString} ({caps.Arch}) does not support virt type '{context.DomainType}'{profile}");
        }
    }

    /// <summary>
    /// The given capabilities; without any, the default profile when it describes the guest. The
    /// default offers TCG and KVM, so it is read only for the other accelerators.
    /// </summary>
    private static QemuCaps? Target(LintContext context)
    {
        if (context.TargetGiven || context.DomainType is "qemu" or "kvm")
        {
            return context.Caps;
        }

        return Default.Value is { } caps && CapsScope.Describes(caps, context.Arch, context.Emulator) ? caps : null;
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
