using System.Text;

namespace Qconv.Compiler.Argv.Lifters.Storage;

/// <summary>
/// Target names for disks QEMU numbers by bus and index (<c>-drive if=ide,index=2</c> is
/// <c>hdc</c>): the prefix of the bus and the index in libvirt's bijective base 26
/// (virIndexToDiskName: 0 → a, 25 → z, 26 → aa), and the index QEMU derives from bus= and unit=
/// (drive_new in blockdev.c: index = bus * units-per-bus + unit).
/// </summary>
public static class DiskTargets
{
    public static string Prefix(string bus) => bus switch
    {
        "ide" => "hd",
        "fdc" => "fd",
        "virtio" => "vd",
        "xen" => "xvd",
        _ => "sd",
    };

    /// <summary>Units per bus QEMU assumes for each <c>if=</c> (ide 2, scsi 7, floppy 2; others 1).</summary>
    public static int UnitsPerBus(string bus) => bus switch
    {
        "ide" => 2,
        "fdc" => 2,
        "scsi" => 7,
        _ => 1,
    };

    public static string Name(string bus, int index)
    {
        var letters = new StringBuilder();
        for (var i = index; i >= 0; i = (i / 26) - 1)
        {
            letters.Insert(0, (char)('a' + (i % 26)));
        }

        return Prefix(bus) + letters;
    }
}
