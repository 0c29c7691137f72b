using Qconv.Compiler.Caps;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>
/// The target QEMU has no accelerator for domain/@type. With --caps or --qemu-version that QEMU is
/// the target. Without them, guests of qconv's default target (the x86_64 Linux QEMU that
/// <c>qconv to-native</c> compiles for, profile 8.0) are judged for the one accelerator no Linux build
/// has: hvf, which QEMU builds only on macOS (its configure enables hvf for Darwin hosts alone).
/// </summary>
public sealed class QL0050UnsupportedVirtType : IRule
{
    /// <summary>The default target's architecture and binary (the 8.0 profile CompileInputs falls back to).</summary>
    private const string DefaultArch = "x86_64";

    private const string DefaultEmulator = "/usr/bin/qemu-system-x86_64";

    public string Id => "QL0050";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "QEMU does not support the domain's virtualization type";

    public string Description => "domain/@type picks QEMU's accelerator: qemu is TCG emulation, kvm needs /dev/kvm on a Linux host, "
        + "hvf is macOS's Hypervisor.framework. libvirt refuses a domain whose type the emulator's capabilities do not list "
        + "(\"Emulator ... does not support virt type\"). Checked against the target QEMU's capabilities when they are given "
        + "(qconv lint --caps FILE or --qemu-version V) and describe the guest's architecture and emulator. Without them, "
        + "the guests of qconv's default target (x86_64 with /usr/bin/qemu-system-x86_64 or no emulator: the Linux QEMU "
        + "that `qconv to-native` compiles for by default) are checked for hvf, which QEMU offers only in its macOS builds. "
        + "Guests of other architectures or binaries are not judged without capabilities.";

    public string Fix => "Use a virt type the host supports (kvm on Linux hosts with KVM, hvf on macOS, qemu anywhere), or lint against the capabilities of the host the guest is meant for.";

    public void Check(LintContext context)
    {
        if (!context.TargetGiven)
        {
            if (context.DomainType == "hvf" && context.Arch == DefaultArch && context.Emulator?.Trim() is null or "" or DefaultEmulator)
            {
                context.Report(context.Root, $"virt type 'hvf' needs a macOS build of QEMU; qconv's default target {DefaultEmulator} ({DefaultArch}, Linux) offers tcg and kvm (lint with --caps for another QEMU)");
            }

            return;
        }

        if (context.Caps is { } caps && caps.SupportsVirtType(context.DomainType) == false)
        {
            context.Report(context.Root, $"{caps.Emulator ?? "QEMU"} {caps.VersionString} ({caps.Arch}) does not support virt type '{context.DomainType}'");
        }
    }
}
