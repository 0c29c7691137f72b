using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// SMBIOS data libvirt checks when it parses &lt;sysinfo type='smbios'&gt; (virSysinfoParseXML,
/// https://libvirt.org/formatdomain.html#smbios-system-information): the system UUID must be the
/// domain's own, and a BIOS date is mm/dd/yy or mm/dd/yyyy.
/// </summary>
internal static class SysinfoRules
{
    public static void Validate(Domain domain, CompilationContext ctx)
    {
        foreach (var sysinfo in domain.Extras.Where(e => e.Name == "sysinfo" && e.Attr("type") == "smbios"))
        {
            foreach (var entry in sysinfo.ChildrenNamed("system").SelectMany(s => s.ChildrenNamed("entry")))
            {
                if (entry.Attr("name") == "uuid" && entry.Text?.Trim() is { } uuid && domain.Uuid is { } own
                    && !SameUuid(uuid, own))
                {
                    ctx.Error("QC0246", domain.Span, "UUID mismatch between <uuid> and <sysinfo>");
                }
            }

            foreach (var entry in sysinfo.ChildrenNamed("bios").SelectMany(s => s.ChildrenNamed("entry")))
            {
                if (entry.Attr("name") == "date" && entry.Text?.Trim() is { } date && !IsBiosDate(date))
                {
                    ctx.Error("QC0247", domain.Span, $"Invalid BIOS 'date' format: {date}");
                }
            }
        }
    }

    /// <summary>UUIDs compare as 16 bytes: case and dashes do not matter (virUUIDParse).</summary>
    private static bool SameUuid(string a, string b) =>
        Guid.TryParse(a, out var x) && Guid.TryParse(b, out var y) ? x == y : string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>mm/dd/yy or mm/dd/yyyy with a month 1-12 and a day 1-31 (virSysinfoParseBIOSDef).</summary>
    private static bool IsBiosDate(string date)
    {
        var parts = date.Split('/');
        return parts.Length == 3
            && parts[0].Length == 2 && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
            && parts[1].Length == 2 && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31
            && parts[2].Length is 2 or 4 && parts[2].All(char.IsAsciiDigit);
    }
}
