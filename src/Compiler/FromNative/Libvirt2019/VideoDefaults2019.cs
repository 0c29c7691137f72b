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
            if (d is not Video video)
            {
                return d;
            }

            int? vram = video.Type switch
            {
                "qxl" => 65536,
                "vga" or "cirrus" or "vmvga" => 16384,
                _ => null,
            };
            var full = video with { Vram = video.Vram ?? vram, Heads = video.Heads ?? 1, Primary = first ? true : null };
            first = false;
            return full;
        }));
    }
}
