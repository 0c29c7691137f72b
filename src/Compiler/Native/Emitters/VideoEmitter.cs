using Qconv.Compiler.Caps;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// Video adapters (qemuBuildVideoCommandLine): a vhost-user GPU first gets the chardev of its
/// helper socket; then each adapter is a <c>-device</c> whose QEMU model depends on whether it is
/// the primary (VGA-compatible) adapter, followed by its sizes (QXL in bytes and MiB, VGA/VMware
/// VGA memory in MiB, bochs in bytes), resolution and bus address.
/// </summary>
public sealed class VideoEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var first = true;
        foreach (var video in ctx.Domain.DevicesOf<Video>())
        {
            var primary = first;
            first = false;
            if (video.Type is "none" or null)
            {
                continue;
            }

            var alias = video.Info.Alias ?? "video";
            var props = DeviceProps(ctx, video, primary);
            if (props is null)
            {
                ctx.Error("QC0360", video.Info, $"invalid model for video type '{video.Type}'");
                continue;
            }

            if (video.Backend == "vhostuser")
            {
                ctx.Add("-chardev", new KeyValueWriter("socket").Add("id", ChardevAlias(alias)).Add("fd", ctx.Host.VhostUserGpuFd(alias)));
            }

            props.Add("id", alias);
            if (video.Type is "qxl" or "virtio" && video.Heads is > 0 and var heads)
            {
                props.Add("max_outputs", heads);
            }

            AddSizes(ctx, video, props, alias);
            if (video.ResolutionX is > 0 and var x)
            {
                props.Add("xres", x);
            }

            if (video.ResolutionY is > 0 and var y)
            {
                props.Add("yres", y);
            }

            DeviceAddressProps.Add(props, video, ctx.Domain);
            ctx.Add("-device", props);
        }
    }

    private static string ChardevAlias(string videoAlias) => "chr-vu-" + videoAlias;

    /// <summary>
    /// qemuDeviceVideoGetModel: the primary adapter uses the VGA-compatible model when QEMU has it;
    /// secondary ones (only QXL, virtio, bochs and ramfb can be) the plain PCI models. Secondary
    /// virtio GPUs are built like every virtio device (bus suffix and virtio options).
    /// </summary>
    private static JsonProps? DeviceProps(EmitContext ctx, Video v, bool primary)
    {
        var gl = v.Accel3d == true;
        var vhost = v.Backend == "vhostuser";
        if (primary && SupportsVga(ctx, v))
        {
            var model = v.Type switch
            {
                "vga" => "VGA",
                "cirrus" => "cirrus-vga",
                "vmvga" => "vmware-svga",
                "qxl" => "qxl-vga",
                "virtio" when vhost => "vhost-user-vga",
                "virtio" when gl && ctx.Caps.Has(new QemuCap("virtio-vga-gl")) => "virtio-vga-gl",
                "virtio" => "virtio-vga",
                "bochs" => "bochs-display",
                "ramfb" => "ramfb",
                _ => null,
            };
            return model is null ? null : new JsonProps().Add("driver", model);
        }

        return v.Type switch
        {
            "qxl" => new JsonProps().Add("driver", "qxl"),
            "virtio" => VirtioDevProps.Create(vhost ? "vhost-user-gpu" : gl && ctx.Caps.Has(new QemuCap("virtio-gpu-gl-pci")) ? "virtio-gpu-gl" : "virtio-gpu", v.Virtio),
            "bochs" => new JsonProps().Add("driver", "bochs-display"),
            "ramfb" => new JsonProps().Add("driver", "ramfb"),
            _ => null,
        };
    }

    /// <summary>qemuDomainSupportsVideoVga: a virtio primary needs QEMU's virtio-vga (or vhost-user-vga).</summary>
    private static bool SupportsVga(EmitContext ctx, Video v) =>
        v.Type != "virtio" || ctx.Caps.Has(new QemuCap(v.Backend == "vhostuser" ? "vhost-user-vga" : "virtio-vga"));

    private static void AddSizes(EmitContext ctx, Video v, JsonProps props, string alias)
    {
        switch (v.Type)
        {
            case "qxl":
                AddPositive(props, "ram_size", (long)(v.Ram ?? 0) * 1024);
                AddPositive(props, "vram_size", (long)(v.Vram ?? 0) * 1024);
                if (ctx.Caps.Has(new QemuCap("qxl.vram64_size_mb")))
                {
                    props.Add("vram64_size_mb", (v.Vram64 ?? 0) / 1024);
                }

                if (ctx.Caps.Has(new QemuCap("qxl.vgamem_mb")))
                {
                    props.Add("vgamem_mb", (v.VgaMem ?? 0) / 1024);
                }

                break;
            case "virtio" when v.Backend == "vhostuser":
                props.Add("chardev", ChardevAlias(alias));
                break;
            case "vga" when ctx.Caps.Has(new QemuCap("VGA.vgamem_mb")):
            case "vmvga" when ctx.Caps.Has(new QemuCap("vmware-svga.vgamem_mb")):
                AddPositive(props, "vgamem_mb", (v.Vram ?? 0) / 1024);
                break;
            case "bochs":
                AddPositive(props, "vgamem", (long)(v.Vram ?? 0) * 1024);
                break;
            case "virtio":
                props.AddIfNotNull("blob", v.Blob);
                break;
        }
    }

    private static void AddPositive(JsonProps props, string key, long value)
    {
        if (value > 0)
        {
            props.Add(key, value);
        }
    }
}
