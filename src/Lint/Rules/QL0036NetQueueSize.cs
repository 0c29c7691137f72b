using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>virtio-net ring sizes (QEMU's virtio-net rx_queue_size/tx_queue_size limits).</summary>
public sealed class QL0036NetQueueSize : IRule
{
    public string Id => "QL0036";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "virtio-net queue size is not a power of two between 256 and 1024";

    public string Description => "QEMU's virtio-net accepts rx_queue_size and tx_queue_size only as powers of two from 256 to 1024 "
        + "(the virtqueue ring size); libvirt checks the same.";

    public string Fix => "Use 256, 512 or 1024.";

    public void Check(LintContext context)
    {
        foreach (var driver in context.DevicesNamed("interface").Select(i => i.Child("driver")))
        {
            foreach (var name in new[] { "rx_queue_size", "tx_queue_size" })
            {
                if (driver?.Number(name) is { } size && (size is < 256 or > 1024 || (size & (size - 1)) != 0))
                {
                    context.Report(driver.Attribute(name)!, $"{name}={size} must be a power of two between 256 and 1024");
                }
            }
        }
    }
}
