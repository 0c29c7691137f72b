using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Firmware rules (virDomainDefOSValidate, qemuFirmwareFillDomain in qemu_firmware.c): checks the
/// loader/NVRAM combination, performs &lt;os firmware='efi|bios'&gt; auto-selection from the host's
/// firmware descriptors (first match in descriptor order; a firmware that requires SMM turns SMM
/// and the secure loader on), and gives a writable-NVRAM UEFI loader its per-guest varstore
/// path in nvram_dir.
/// </summary>
public sealed class FirmwarePass : IDomainPass
{
    public string Name => "firmware";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var os = domain.Os;
        var loader = os.Loader;
        var nvram = os.Nvram;
        var span = os.Span;
        var hasNvram = nvram is not null && (nvram.Path is not null || nvram.Source is not null);
        if (loader?.Stateless == true && nvram?.Template is not null)
        {
            ctx.Error("QC0200", span, "NVRAM template is not permitted when loader is stateless");
        }

        if (loader?.Stateless == true && hasNvram)
        {
            ctx.Error("QC0201", span, "NVRAM is not permitted when loader is stateless");
        }

        var features = os.FirmwareFeatures;
        if (features.FirstOrDefault(f => f.Name == "enrolled-keys") is { Enabled: true } &&
            features.FirstOrDefault(f => f.Name == "secure-boot") is { Enabled: false })
        {
            ctx.Error("QC0202", span, "firmware feature 'enrolled-keys' cannot be enabled when firmware feature 'secure-boot' is disabled");
        }

        if (os.Firmware is null)
        {
            // A ROM loader (BIOS) has no variable store, so it cannot be stateful.
            if (loader is { Stateless: false, Type: null or "rom" })
            {
                ctx.Error("QC0208", span, "Only pflash loader type permits NVRAM: a ROM (BIOS) loader is always stateless");
            }

            if (!features.IsEmpty)
            {
                ctx.Error("QC0203", span, "cannot use feature-based firmware autoselection when firmware autoselection is disabled");
            }

            return domain with { Os = os with { Nvram = DefaultNvram(domain, loader, nvram, ctx) } };
        }

        if (os.Firmware == "bios")
        {
            if (loader?.Stateless == false)
            {
                ctx.Error("QC0204", span, "Only EFI firmware permits NVRAM");
            }

            if (hasNvram || nvram?.Template is not null)
            {
                ctx.Error("QC0205", span, "firmware type 'bios' does not support nvram");
            }
        }

        if (loader?.Path is not null && loader.Type is null)
        {
            ctx.Error("QC0206", span, "loader attribute 'type' cannot be specified when firmware autoselection is enabled");
        }

        if (ctx.Diagnostics.HasErrors)
        {
            return domain;
        }

        var chosen = FirmwareDescriptor.Load(ctx.Host).FirstOrDefault(d => Matches(d, domain));
        if (chosen is null)
        {
            ctx.Error("QC0207", span, $"Unable to find any firmware to satisfy '{os.Firmware}'");
            return domain;
        }

        return Apply(domain, chosen, ctx);
    }

    private static bool Matches(FirmwareDescriptor d, Domain domain)
    {
        var os = domain.Os;
        var loader = os.Loader;
        var wanted = os.Firmware == "efi" ? "uefi" : "bios";
        if (!d.InterfaceTypes.Contains(wanted) || !d.SupportsMachine(os.Arch ?? "x86_64", os.Machine ?? string.Empty))
        {
            return false;
        }

        var flash = d.Device == "flash";
        if (loader?.Type is { } type && (type == "pflash") != flash)
        {
            return false;
        }

        var stateless = loader?.Stateless == true;
        if (flash && (d.FlashMode == "stateless") != stateless)
        {
            return false;
        }

        if (flash && d.FlashMode == "combined" && os.Nvram is not null)
        {
            return false;
        }

        var secureBoot = d.Features.Contains("secure-boot");
        var requiresSmm = d.Features.Contains("requires-smm");
        if ((loader?.Secure == true && !(secureBoot && requiresSmm)) || (loader?.Secure == false && secureBoot))
        {
            return false;
        }

        if (requiresSmm && domain.Features.State("smm") == false)
        {
            return false;
        }

        if (os.FirmwareFeatures.Any(f => d.Features.Contains(f.Name) != f.Enabled))
        {
            return false;
        }

        return domain.Extras.FirstOrDefault(e => e.Name == "launchSecurity") is not { } sec ||
               sec.Attr("type") != "sev" || d.Features.Contains("amd-sev");
    }

    private static Domain Apply(Domain domain, FirmwareDescriptor d, CompilationContext ctx)
    {
        var os = domain.Os;
        if (d.Device != "flash")
        {
            return domain with { Os = os with { Loader = (os.Loader ?? new Loader()) with { Path = d.Executable, Type = "rom" } } };
        }

        var requiresSmm = d.Features.Contains("requires-smm");
        var loader = (os.Loader ?? new Loader()) with
        {
            Path = d.Executable,
            Type = "pflash",
            ReadOnly = true,
            Format = d.ExecutableFormat,
            Secure = requiresSmm,
        };
        var nvram = os.Nvram;
        if (d.FlashMode != "stateless" && d.NvramTemplate is not null)
        {
            nvram = (nvram ?? new Nvram()) with { Template = nvram?.Template ?? d.NvramTemplate };
        }

        var features = domain.Features;
        if (requiresSmm)
        {
            features = features.With(new GenericNode("smm", [new("state", "on")], null, EquatableArray<GenericNode>.Empty));
        }

        var withLoader = domain with { Os = os with { Loader = loader, Nvram = nvram }, Features = features };
        return withLoader with { Os = withLoader.Os with { Nvram = DefaultNvram(withLoader, loader, nvram, ctx) } };
    }

    /// <summary>A read-only pflash loader that keeps state gets NVRAM_DIR/NAME_VARS.fd unless given one.</summary>
    private static Nvram? DefaultNvram(Domain domain, Loader? loader, Nvram? nvram, CompilationContext ctx)
    {
        if (loader is not { Type: "pflash", ReadOnly: true } || loader.Stateless == true ||
            nvram?.Path is not null || nvram?.Source is not null)
        {
            return nvram;
        }

        return (nvram ?? new Nvram()) with { Path = $"{ctx.Config.NvramDir}/{domain.Name}_VARS.fd" };
    }
}
