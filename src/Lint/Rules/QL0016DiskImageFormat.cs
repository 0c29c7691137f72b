using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>Image formats QEMU cannot open as a disk, and shared writable images in formats that cannot be shared.</summary>
public sealed class QL0016DiskImageFormat : IRule
{
    public string Id => "QL0016";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Disk image format is not usable this way";

    public string Description => "<driver type=...> names the QEMU block format. 'dir' and 'iso' are storage-pool volume kinds, not "
        + "formats QEMU opens (an ISO image is type='raw'). A <shareable/> disk that is not read-only must be raw: formats with "
        + "metadata (qcow2, vmdk, ...) get corrupted when two guests write them.";

    public string Fix => "Use type='raw' for ISO images and shared disks; for a host directory use <filesystem> or a 'fat' driver.";

    public void Check(LintContext context)
    {
        foreach (var disk in context.DevicesNamed("disk"))
        {
            if (disk.Child("driver") is not { } driver || driver.Attr("type") is not { } format)
            {
                continue;
            }

            if (format is "dir" or "iso")
            {
                context.Report(driver.Attribute("type")!, $"'{format}' is not a disk image format QEMU can open");
            }
            else if (disk.Child("shareable") is not null && disk.Child("readonly") is null && format != "raw")
            {
                context.Report(driver.Attribute("type")!, $"a shareable writable disk must use the raw format, not '{format}'");
            }
        }
    }
}
