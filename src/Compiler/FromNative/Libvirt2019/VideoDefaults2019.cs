using Qconv.Compiler.Argv.Lifters;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.FromNative.Libvirt2019;

/// <summary>
/// Video models get libvirt's default video RAM (virDomainVideoDefaultRAM: 16 MiB for VGA-class
/// adapters, 64 MiB for QXL), one head, and the first one is primary.
/// </summary>
public static class VideoDefaults2019
{
    public static Domain Run(Domain domain)
    {
        var first = true;
        return domain.WithDevices(domain.Devices.Select(d =>
        {
            if (d is not GenericDevice { ElementName: "video" } video || video.Node.Child("model") is not { } model)
            {
                return d;
            }

            var type = model.Attr("type");
            var vram = type switch
            {
                "qxl" => "65536",
                "vga" or "cirrus" or "vmvga" => "16384",
                _ => null,
            };
            var full = NodeBuilder.Element("model", ("type", type), ("vram", model.Attr("vram") ?? vram), ("heads", model.Attr("heads") ?? "1"), ("primary", first ? "yes" : null));
            first = false;
            return video with { Node = video.Node with { Children = video.Node.Children.Select(c => c.Name == "model" ? full : c).ToEquatableArray() } };
        }));
    }
}
