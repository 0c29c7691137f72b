using System.Collections.Frozen;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// Display adapters, the mirror of to-native's VideoEmitter (qemuBuildDeviceVideoStr): the driver gives
/// &lt;model type&gt; (the VGA-compatible one is the primary), GL variants &lt;acceleration accel3d='yes'&gt;,
/// vhost-user ones &lt;driver name='vhostuser'&gt; with their helper socket's chardev; sizes come back in
/// KiB (QXL ram_size/vram_size in bytes, vram64_size_mb/vgamem_mb in MiB, VGA's vgamem_mb is its vram,
/// bochs' vgamem in bytes), max_outputs is heads, xres/yres the resolution.
/// </summary>
public sealed class VideoDeviceLifter : IDeviceLifter
{
    private static readonly Dictionary<string, string> Types = new()
    {
        ["VGA"] = "vga", ["cirrus-vga"] = "cirrus", ["vmware-svga"] = "vmvga", ["qxl-vga"] = "qxl", ["qxl"] = "qxl",
        ["virtio-vga"] = "virtio", ["virtio-vga-gl"] = "virtio", ["virtio-gpu-pci"] = "virtio", ["virtio-gpu-gl-pci"] = "virtio",
        ["vhost-user-vga"] = "virtio", ["vhost-user-gpu-pci"] = "virtio", ["bochs-display"] = "bochs", ["ramfb"] = "ramfb",
    };

    private static readonly string[] Understood =
        ["ram_size", "vram_size", "vram64_size_mb", "vgamem_mb", "vgamem", "max_outputs", "xres", "yres", "blob", "chardev"];

    private static readonly FrozenSet<string> Known = DeviceProps.Understood(Understood);

    public IReadOnlyList<string> Drivers => [.. Types.Keys];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        var driver = p.GetString("driver")!;
        var type = Types[driver];
        var vhost = driver.StartsWith("vhost-user", StringComparison.Ordinal);
        if (vhost && p.GetString("chardev") is { } chardev && p.GetEntry("chardev") is { } entry)
        {
            ctx.Resolve("chardev", chardev, entry.Value.Span);
        }

        var (ram, vram, vram64, vgamem) = type switch
        {
            "qxl" => (Kib(p, "ram_size", 1.0 / 1024), Kib(p, "vram_size", 1.0 / 1024), Kib(p, "vram64_size_mb", 1024), Kib(p, "vgamem_mb", 1024)),
            "vga" or "vmvga" => (null, Kib(p, "vgamem_mb", 1024), null, null),
            "bochs" => (null, Kib(p, "vgamem", 1.0 / 1024), null, null),
            _ => ((int?)null, (int?)null, (int?)null, (int?)null),
        };
        ctx.AddDevice(new Video
        {
            Type = type,
            Ram = ram,
            Vram = vram,
            Vram64 = vram64,
            VgaMem = vgamem,
            Heads = Int(p.GetInt64("max_outputs")),
            Blob = p.GetBool("blob"),
            Accel3d = driver.Contains("-gl", StringComparison.Ordinal) ? true : null,
            ResolutionX = Int(p.GetInt64("xres")),
            ResolutionY = p.GetInt64("xres") is null ? null : Int(p.GetInt64("yres")),
            Backend = vhost ? "vhostuser" : null,
            Virtio = VirtioProps.Read(p),
            Info = DeviceProps.Info(option, p, ctx),
        });
        ctx.IgnoreProperties(option, p, Known);
    }

    // 0 means "not set": to-native writes QXL's vram64_size_mb and vgamem_mb even then.
    private static int? Kib(PropertyBag p, string key, double factor) =>
        p.GetInt64(key) is { } n and > 0 ? (int)(long)(n * factor) : null;

    private static int? Int(long? n) => n is { } v ? (int)v : null;
}
