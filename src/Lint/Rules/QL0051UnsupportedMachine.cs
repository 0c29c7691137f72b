using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>The target QEMU has no such machine type (needs --caps or --qemu-version).</summary>
public sealed class QL0051UnsupportedMachine : IRule
{
    public string Id => "QL0051";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "QEMU does not provide the machine type";

    public string Description => "os/type/@machine must name a machine type (or an alias such as pc or q35) that the emulator offers "
        + "for the domain's accelerator; QEMU drops old versioned machine types after their deprecation period, and libvirt "
        + "refuses a domain whose machine type the capabilities do not list (\"Emulator ... does not support machine type\"). "
        + "Checked only when the target QEMU's capabilities are given and describe the guest's architecture and emulator.";

    public string Fix => "Pick a machine type that `qemu-system-ARCH -machine help` lists, usually the unversioned alias (pc, q35, virt, pseries).";

    public void Check(LintContext context)
    {
        if (context.Caps is not { } caps || context.Machine.Length == 0 || caps.Machines(context.DomainType).Count == 0)
        {
            return;
        }

        if (caps.ResolveMachine(context.Machine, context.DomainType) is null)
        {
            var type = context.Root.Child("os")?.Child("type");
            context.Report(type ?? context.Root, $"{caps.Emulator ?? "QEMU"} {caps.VersionString} has no machine type '{context.Machine}' for virt type '{context.DomainType}'");
        }
    }
}
