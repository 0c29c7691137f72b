using System.Collections.Frozen;
using System.Globalization;
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
            _ => ((string?)null, (string?)null, (string?)null, (string?)null),
        };
        var model = NodeBuilder.Element(
            "model",
            [("type", type), ("ram", ram), ("vram", vram), ("vram64", vram64), ("vgamem", vgamem), ("heads", p.GetString("max_outputs")), ("blob", p.GetString("blob"))],
            driver.Contains("-gl", StringComparison.Ordinal) ? NodeBuilder.Element("acceleration", ("accel3d", "yes")) : null,
            p.GetString("xres") is { } x ? NodeBuilder.Element("resolution", ("x", x), ("y", p.GetString("yres"))) : null);
        var driverAttrs = VirtioProps.Attributes(p).Select(a => (a.Key, (string?)a.Value)).ToList();
        if (vhost)
        {
            driverAttrs.Insert(0, ("name", "vhostuser"));
        }

        var driverNode = driverAttrs.Count > 0 ? NodeBuilder.Element("driver", [.. driverAttrs]) : null;
        ctx.AddDevice(new GenericDevice(NodeBuilder.Element("video", [], driverNode, model)) { Info = DeviceProps.Info(option, p, ctx) });
        ctx.IgnoreProperties(option, p, Known);
    }

    // 0 means "not set": to-native writes QXL's vram64_size_mb and vgamem_mb even then.
    private static string? Kib(PropertyBag p, string key, double factor) =>
        p.GetInt64(key) is { } n and > 0 ? ((long)(n * factor)).ToString(CultureInfo.InvariantCulture) : null;
}
