using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers;

/// <summary>&lt;uuid&gt; and &lt;genid&gt;: libvirt accepts 32 hex digits with optional dashes between bytes.</summary>
internal static class UuidReader
{
    public static Domain Read(XElement e, Domain d, XmlReadContext ctx) =>
        Parse(e, ctx) is { } uuid ? d with { Uuid = uuid } : d;

    public static Domain ReadGenId(XElement e, Domain d, XmlReadContext ctx)
    {
        if (string.IsNullOrWhiteSpace(e.Value))
        {
            return d with { GenIdAuto = true };
        }

        return Parse(e, ctx) is { } uuid ? d with { GenId = uuid } : d;
    }

    /// <summary>Returns the canonical 8-4-4-4-12 lower-case form, or reports QX0020.</summary>
    public static string? Parse(XElement e, XmlReadContext ctx)
    {
        var hex = new System.Text.StringBuilder(32);
        foreach (var ch in e.Value.Trim())
        {
            if (Uri.IsHexDigit(ch))
            {
                hex.Append(char.ToLowerInvariant(ch));
            }
            else if (ch != '-' && ch != ' ')
            {
                hex.Clear();
                break;
            }
        }

        if (hex.Length != 32)
        {
            ctx.Error(e, "QX0020", $"malformed UUID '{e.Value.Trim()}'");
            return null;
        }

        var s = hex.ToString();
        return $"{s[..8]}-{s[8..12]}-{s[12..16]}-{s[16..20]}-{s[20..]}";
    }
}
