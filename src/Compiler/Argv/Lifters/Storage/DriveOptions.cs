using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Storage;

/// <summary>
/// The block-layer properties <c>-drive</c> shares with libvirt's &lt;driver&gt; (format, cache,
/// error policies, aio, discard, detect-zeroes, copy-on-read), read the way libvirt's
/// qemuBuildDriveStr wrote them. werror=enospc is libvirt's error_policy='enospace'.
/// </summary>
public static class DriveOptions
{
    public static readonly string[] Keys =
    [
        "format", "cache", "werror", "rerror", "aio", "discard", "detect-zeroes", "copy-on-read", "readonly", "serial",
    ];

    public static DiskDriver Read(PropertyBag p)
    {
        var driver = new DiskDriver
        {
            Format = p.GetString("format"),
            Cache = p.GetString("cache"),
            ErrorPolicy = Policy(p.GetString("werror")),
            // libvirt passes rerror= equal to werror= when only error_policy is set (qemuBuildDriveStr).
            RErrorPolicy = p.GetString("rerror") == p.GetString("werror") ? null : Policy(p.GetString("rerror")),
            Io = p.GetString("aio"),
            Discard = p.GetString("discard"),
            DetectZeroes = p.GetString("detect-zeroes"),
            CopyOnRead = p.GetBool("copy-on-read") is { } cor ? (cor ? "on" : "off") : null,
        };
        return driver == new DiskDriver() ? driver : driver with { Name = "qemu" };
    }

    private static string? Policy(string? qemu) => qemu switch
    {
        null => null,
        "enospc" => "enospace",
        _ => qemu,
    };
}
