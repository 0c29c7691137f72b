using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>Disk type and source that do not fit together (formatdomain.html, "Hard drives, floppy disks, CDROMs").</summary>
public sealed class QL0012DiskSourceKind : IRule
{
    public string Id => "QL0012";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Disk type, device and source do not fit together";

    public string Description => "A disk of type='network' must name its protocol in <source protocol=...> (only file and block "
        + "CD-ROMs or floppies may be empty). device='lun' passes SCSI commands through, which only works for block devices, "
        + "network (iSCSI) sources and storage-pool volumes, not for image files.";

    public string Fix => "Add <source protocol='...' name='...'> to network disks; use device='disk' for files, or type='block' for a LUN.";

    public void Check(LintContext context)
    {
        foreach (var disk in context.DevicesNamed("disk"))
        {
            var type = disk.AttrOr("type", "file");
            var device = disk.AttrOr("device", "disk");
            if (type == "network" && disk.Child("source")?.Attr("protocol") is null)
            {
                context.Report(disk, "network disk has no <source protocol=...>");
            }

            if (device == "lun" && type is not ("block" or "network" or "volume"))
            {
                context.Report(disk.Attribute("device")!, $"device='lun' needs a block, network or volume source, not type='{type}'");
            }
        }
    }
}
