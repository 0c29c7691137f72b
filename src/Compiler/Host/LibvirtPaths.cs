using System.Text;

namespace Qconv.Compiler.Host;

/// <summary>How libvirt names per-domain places; shared by every host so the rules live once.</summary>
public static class LibvirtPaths
{
    /// <summary>libvirt's VIR_DOMAIN_SHORT_NAME_MAX: names are cut to this many characters in paths.</summary>
    public const int ShortNameMax = 20;

    /// <summary>
    /// libvirt's virDomainDefGetShortName: <c>ID-NAME</c> with the name cut to 20 characters (counted as
    /// characters, not bytes), e.g. <c>-1-SomeDummyHugepagesGu</c>.
    /// </summary>
    public static string ShortName(int id, string domainName)
    {
        var sb = new StringBuilder();
        var count = 0;
        foreach (var rune in domainName.EnumerateRunes())
        {
            if (count++ == ShortNameMax)
            {
                break;
            }

            sb.Append(rune.ToString());
        }

        return FormattableString.Invariant($"{id}-{sb}");
    }

    /// <summary>A per-domain directory under a driver directory: <c>BASE/domain-ID-NAME</c>.</summary>
    public static string DomainDir(string baseDir, int id, string domainName) => $"{baseDir}/domain-{ShortName(id, domainName)}";
}
