using System.Xml.Linq;
using System.Text.RegularExpressions;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>SMBIOS BIOS release date format (SMBIOS spec: mm/dd/yy or mm/dd/yyyy).</summary>
public sealed partial class QL0040SmbiosDate : IRule
{
    public string Id => "QL0040";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "SMBIOS BIOS date is not mm/dd/yy or mm/dd/yyyy";

    public string Description => "The SMBIOS type 0 release date has the fixed format mm/dd/yy or mm/dd/yyyy; libvirt refuses other "
        + "values of <sysinfo><bios><entry name='date'>.";

    public string Fix => "Write the date as mm/dd/yyyy, e.g. 01/31/2023.";

    public void Check(LintContext context)
    {
        foreach (var entry in context.Root.Children("sysinfo").Children("bios").Children("entry"))
        {
            if (entry.Attr("name") == "date" && !DatePattern().IsMatch(entry.Value.Trim()))
            {
                context.Report(entry, $"SMBIOS date '{entry.Value.Trim()}' is not mm/dd/yy or mm/dd/yyyy");
            }
        }
    }

    [GeneratedRegex(@"^(0[1-9]|1[0-2])/(0[1-9]|[12][0-9]|3[01])/([0-9]{2}|[0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
