using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>The legacy 'ivshmem' device was removed from QEMU (4.0); ivshmem-plain/-doorbell replace it.</summary>
public sealed class QL0031LegacyIvshmem : IRule
{
    public string Id => "QL0031";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Shared memory device uses the removed 'ivshmem' model or MSI without a server";

    public string Description => "<model type='ivshmem'> is QEMU's legacy ivshmem device, which QEMU 4.0 removed; current QEMU offers "
        + "ivshmem-plain (memory only) and ivshmem-doorbell (with a server socket and MSI). Interrupts (<msi>) come from the "
        + "ivshmem server, so they need <server>.";

    public string Fix => "Add <model type='ivshmem-plain'/>, or <model type='ivshmem-doorbell'/> with <server> when the guest needs interrupts.";

    public void Check(LintContext context)
    {
        foreach (var shmem in context.DevicesNamed("shmem"))
        {
            var model = shmem.Child("model")?.Attr("type");
            if (model == "ivshmem")
            {
                context.Report(shmem.Child("model")!, $"shmem '{shmem.Attr("name")}' uses the legacy ivshmem device, which current QEMU no longer has");
            }

            if (shmem.Child("msi") is { } msi && shmem.Child("server") is null)
            {
                context.Report(msi, "<msi> needs a <server>: interrupts come from the ivshmem server");
            }
        }
    }
}
