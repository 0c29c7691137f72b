using System.Xml.Linq;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>libvirt requires the SMBIOS system UUID to equal the domain UUID.</summary>
public sealed class QL0003SysinfoUuidMismatch : IRule
{
    public string Id => "QL0003";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "SMBIOS system UUID differs from the domain <uuid>";

    public string Description => "The guest sees the domain UUID as its SMBIOS system UUID. A <sysinfo type='smbios'><system><entry name='uuid'> "
        + "that differs from <uuid> is refused by libvirt (\"UUID mismatch between <uuid> and <sysinfo>\").";

    public string Fix => "Remove the uuid entry from <sysinfo>, or make it equal to <uuid>.";

    public void Check(LintContext context)
    {
        if (context.Root.Child("uuid")?.Value.Trim() is not { } uuid || !Guid.TryParse(uuid, out var domainUuid))
        {
            return;
        }

        foreach (var entry in context.Root.Children("sysinfo").Children("system").Children("entry"))
        {
            if (entry.Attr("name") == "uuid" && Guid.TryParse(entry.Value.Trim(), out var smbios) && smbios != domainUuid)
            {
                context.Report(entry, $"SMBIOS system UUID {entry.Value.Trim()} differs from the domain UUID {uuid}");
            }
        }
    }
}
