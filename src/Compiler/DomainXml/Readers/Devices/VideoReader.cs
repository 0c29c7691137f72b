using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>&lt;video&gt; (https://libvirt.org/formatdomain.html#video-devices).</summary>
public sealed class VideoReader : IDeviceReader
{
    public string ElementName => "video";

    public Device? Read(XElement e, XmlReadContext ctx)
    {
        var video = new Video();
        if (e.Element("model") is { } m)
        {
            video = video with
            {
                Type = ctx.Enum(m, "type", "vga", "cirrus", "vmvga", "xen", "vbox", "qxl", "parallels", "virtio", "gop", "none", "bochs", "ramfb"),
                Ram = ctx.Int(m, "ram", 0),
                Vram = ctx.Int(m, "vram", 0),
                Vram64 = ctx.Int(m, "vram64", 0),
                VgaMem = ctx.Int(m, "vgamem", 0),
                Heads = ctx.Int(m, "heads", 1),
                Primary = ctx.Bool(m, "primary"),
                Blob = ctx.Bool(m, "blob"),
            };
            if (m.Element("acceleration") is { } acc)
            {
                video = video with
                {
                    Accel3d = ctx.Bool(acc, "accel3d"),
                    Accel2d = ctx.Bool(acc, "accel2d"),
                    RenderNode = XmlReadContext.Attr(acc, "rendernode"),
                };
            }

            if (m.Element("resolution") is { } res)
            {
                video = video with { ResolutionX = ctx.Int(res, "x", 1), ResolutionY = ctx.Int(res, "y", 1) };
            }
        }

        if (e.Element("driver") is { } d)
        {
            video = video with
            {
                Backend = ctx.Enum(d, "name", "qemu", "vhostuser"),
                Virtio = VirtioOptionsReader.Read(d, ctx),
            };
        }

        return video;
    }
}
