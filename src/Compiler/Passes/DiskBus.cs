using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Disk target names (<c>hda</c>, <c>sdb</c>, <c>vdaa</c>) and buses, following libvirt's
/// virDiskNameToIndex and virDomainDiskDefAssignAddress.
/// </summary>
public static class DiskBus
{
    private static readonly string[] Prefixes = ["fd", "hd", "vd", "sd", "xvd", "ubd"];

    /// <summary>The bus a target name implies when &lt;target bus&gt; is missing.</summary>
    public static string? DefaultBus(string dev) => dev switch
    {
        _ when dev.StartsWith("hd", StringComparison.Ordinal) => "ide",
        _ when dev.StartsWith("sd", StringComparison.Ordinal) => "scsi",
        _ when dev.StartsWith("vd", StringComparison.Ordinal) => "virtio",
        _ when dev.StartsWith("fd", StringComparison.Ordinal) => "fdc",
        _ when dev.StartsWith("xvd", StringComparison.Ordinal) => "xen",
        _ when dev.StartsWith("ubd", StringComparison.Ordinal) => "uml",
        _ => null,
    };

    /// <summary>
    /// The disk's index from its name: the letters after the prefix in bijective base 26
    /// (a=0, z=25, aa=26). Returns -1 for a malformed name.
    /// </summary>
    public static int NameToIndex(string dev)
    {
        var prefix = Prefixes.FirstOrDefault(p => dev.StartsWith(p, StringComparison.Ordinal));
        if (prefix is null || dev.Length == prefix.Length)
        {
            return -1;
        }

        var value = 0;
        foreach (var ch in dev.AsSpan(prefix.Length))
        {
            if (ch is < 'a' or > 'z')
            {
                return -1;
            }

            value = (value * 26) + (ch - 'a' + 1);
        }

        return value - 1;
    }

    public static string BusOf(Disk disk) => disk.Target.Bus ?? DefaultBus(disk.Target.Dev) ?? "ide";
}
