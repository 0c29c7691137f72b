using System.Xml.Linq;

namespace Qconv.Lint.Rules;

/// <summary>The host path behind a file or block disk, when it has one.</summary>
public static class DiskSources
{
    public static string? PathOf(XElement disk) =>
        disk.Child("source") is { } s ? (s.Attr("file") ?? s.Attr("dev")) : null;
}
