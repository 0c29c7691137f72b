using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Video defaults (virDomainDefAddImplicitVideo, virDomainVideoDefaultType/RAM,
/// qemuDomainDeviceVideoDefPostParse) and checks (virDomainVideoDefValidate,
/// qemuValidateDomainDeviceDefVideo): a guest with graphics but no &lt;video&gt; gets the default
/// adapter; the primary adapter comes first; QXL gets its RAM, VRAM and VGA memory sizes.
/// </summary>
public sealed class VideoPass : IDomainPass
{
    /// <summary>QEMU's default QXL VGA memory, 16 MiB (in KiB).</summary>
    private const int QxlVgaMemDefault = 16 * 1024;

    public string Name => "video";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var devices = domain.Devices.ToList();
        if (!devices.OfType<Video>().Any() && devices.OfType<Graphics>().Any())
        {
            devices.Add(new Video());
        }

        var indexes = new List<int>();
        var primaries = new List<int>();
        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i] is Video v)
            {
                indexes.Add(i);
                if (v.Primary == true)
                {
                    primaries.Add(i);
                }
            }
        }

        if (indexes.Count == 0)
        {
            return domain;
        }

        if (primaries.Count > 1)
        {
            ctx.Error("QC0320", devices[primaries[1]].Info, "Only one primary video device is supported");
            return domain;
        }

        // The primary adapter is always the first video device (virDomainDefPostParseVideo).
        if (primaries.Count == 1 && primaries[0] != indexes[0])
        {
            var primary = devices[primaries[0]];
            for (var k = indexes.IndexOf(primaries[0]); k > 0; k--)
            {
                devices[indexes[k]] = devices[indexes[k - 1]];
            }

            devices[indexes[0]] = primary;
        }

        for (var k = 0; k < indexes.Count; k++)
        {
            var v = Defaults((Video)devices[indexes[k]], domain, k == 0);
            Validate(v, k == 0, indexes.Count, ctx);
            devices[indexes[k]] = v;
        }

        return domain.WithDevices(devices);
    }

    private static Video Defaults(Video v, Domain domain, bool primary)
    {
        var type = v.Type ?? DefaultType(domain);
        v = v with
        {
            Type = type,
            Primary = primary ? true : v.Primary,
            Heads = v.Heads ?? 1,
            Vram = v.Vram is null or 0 ? DefaultVram(type) : v.Vram,
        };
        if (type == "qxl")
        {
            v = v with { Ram = v.Ram is null or 0 ? 64 * 1024 : v.Ram, VgaMem = v.VgaMem is null or 0 ? QxlVgaMemDefault : v.VgaMem };
        }

        return v;
    }

    /// <summary>The adapter an x86 QEMU guest gets when the XML names none.</summary>
    private static string DefaultType(Domain domain) => MachineKind.IsX86(domain.Os.Arch) ? "cirrus" : "virtio";

    /// <summary>virDomainVideoDefaultRAM for QEMU guests, in KiB.</summary>
    private static int? DefaultVram(string type) => type switch
    {
        "vga" or "cirrus" or "vmvga" or "bochs" => 16 * 1024,
        "xen" => 4 * 1024,
        "qxl" => 64 * 1024,
        _ => null,
    };

    private static void Validate(Video v, bool primary, int count, CompilationContext ctx)
    {
        if (v.Type == "none" && count > 1)
        {
            ctx.Error("QC0321", v.Info, "a 'none' video type must be the only video device defined for the domain");
        }

        if (v.Type == "ramfb" && v.Info.Address is not null)
        {
            ctx.Error("QC0322", v.Info, "address not supported for video type ramfb");
        }

        if (v.Backend == "vhostuser" && v.Type != "virtio")
        {
            ctx.Error("QC0323", v.Info, "'vhostuser' driver is only supported with 'virtio' device");
        }

        if (v.Accel3d == true && v.Type != "virtio")
        {
            ctx.Error("QC0324", v.Info, "3d acceleration is supported only with 'virtio' video device");
        }

        if (!primary && v.Type is not ("qxl" or "virtio" or "bochs" or "ramfb" or "none"))
        {
            ctx.Error("QC0325", v.Info, $"video type '{v.Type}' is only valid as primary video device");
        }

        if (v.Type is "xen" or "vbox" or "parallels" or "gop")
        {
            ctx.Error("QC0326", v.Info, $"video type '{v.Type}' is not supported with QEMU");
        }

        if (v.Type == "qxl" && v.VgaMem is { } vgamem)
        {
            if (vgamem < 1024)
            {
                ctx.Error("QC0327", v.Info, "value for 'vgamem' must be at least 1 MiB (1024 KiB)");
            }
            else if ((vgamem & (vgamem - 1)) != 0)
            {
                ctx.Error("QC0328", v.Info, "value for 'vgamem' must be power of two");
            }
        }
    }
}
