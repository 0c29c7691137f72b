using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>A device address of a kind the device's bus does not use.</summary>
public sealed class QL0044DeviceAddressType : IRule
{
    public string Id => "QL0044";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Address type does not fit the device's bus";

    public string Description => "Disks on IDE, SATA, SCSI and floppy buses sit on a controller and take <address type='drive'>; "
        + "USB disks take <address type='usb'>. A PCI or other address on them is refused by libvirt, because the disk is not "
        + "itself on that bus.";

    public string Fix => "Use <address type='drive' .../> (or type='usb' for USB disks), or remove the address.";

    public void Check(LintContext context)
    {
        foreach (var disk in context.DevicesNamed("disk"))
        {
            var bus = disk.Child("target")?.Attr("bus");
            if (disk.Child("address") is not { } a || a.Attr("type") is not { } type)
            {
                continue;
            }

            var expected = bus switch
            {
                "ide" or "sata" or "scsi" or "fdc" => "drive",
                "usb" => "usb",
                _ => null,
            };
            if (expected is not null && type != expected)
            {
                context.Report(a, $"a disk on bus '{bus}' needs address type '{expected}', not '{type}'");
            }
        }
    }
}
