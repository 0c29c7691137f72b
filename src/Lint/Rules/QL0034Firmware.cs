using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>Firmware (loader, NVRAM, firmware autoselection) settings that contradict each other
/// (formatdomain.html, "BIOS bootloader" and "Firmware autoselection").</summary>
public sealed class QL0034Firmware : IRule
{
    public string Id => "QL0034";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Firmware configuration is contradictory";

    public string Description => "BIOS (SeaBIOS, a ROM loader) keeps no variables: it is always stateless and has no <nvram>. A stateless "
        + "loader has no NVRAM either. With firmware autoselection (<os firmware='efi'>) libvirt picks the loader, so a loader "
        + "path is not allowed, and enrolled-keys only means something with secure-boot. <firmware> features need autoselection. "
        + "A pflash loader needs a path when firmware is chosen by hand. UEFI on x86 needs ACPI; ACPI on ARM needs UEFI.";

    public string Fix => "Either use <os firmware='efi|bios'> and let libvirt choose, or give a complete loader (path, type) by hand; "
        + "keep <nvram> only for stateful UEFI; enable <acpi/> with x86 UEFI.";

    public void Check(LintContext context)
    {
        if (context.Root.Child("os") is not { } os)
        {
            return;
        }

        var auto = os.Attr("firmware");
        var loader = os.Child("loader");
        var nvram = os.Child("nvram");
        var path = loader?.Value.Trim() is { Length: > 0 } p ? p : null;
        var pflash = loader?.Attr("type") == "pflash";
        var isBios = auto == "bios" || (auto is null && loader is not null && !pflash);
        if (isBios && loader?.Attr("stateless") == "no")
        {
            context.Report(loader.Attribute("stateless")!, "BIOS firmware is always stateless");
        }

        if (nvram is not null && (auto == "bios" || loader?.Attr("stateless") == "yes"))
        {
            context.Report(nvram, auto == "bios" ? "BIOS firmware has no NVRAM" : "a stateless loader has no NVRAM");
        }

        var features = os.Child("firmware")?.Children("feature").ToDictionary(f => f.AttrOr("name", string.Empty), f => f.Attr("enabled"), StringComparer.Ordinal) ?? [];
        if (auto == "efi")
        {
            if (path is not null)
            {
                context.Report(loader!, "a loader path cannot be combined with firmware autoselection (firmware='efi')");
            }

            if (features.GetValueOrDefault("enrolled-keys") == "yes" && features.GetValueOrDefault("secure-boot") == "no")
            {
                context.Report(os.Child("firmware")!, "enrolled-keys requires secure-boot");
            }
        }
        else if (auto is null)
        {
            if (os.Child("firmware") is { } fw)
            {
                context.Report(fw, "<firmware> features need firmware autoselection (<os firmware='efi'>)");
            }

            if (pflash && path is null)
            {
                context.Report(loader!, "a pflash loader needs the firmware path when firmware is not autoselected");
            }
        }

        var acpi = context.Root.Child("features")?.Child("acpi") is not null;
        var uefi = auto == "efi" || (pflash && loader?.Attr("readonly") == "yes");
        if (context.IsX86 && context.IsQ35 && uefi && !acpi)
        {
            context.Report(loader ?? os, "UEFI firmware on x86 needs <features><acpi/>");
        }

        if (context.Arch == "aarch64" && acpi && auto is null && loader is null)
        {
            context.Report(context.Root.Child("features")!.Child("acpi")!, "ACPI on aarch64 needs UEFI firmware");
        }
    }
}
