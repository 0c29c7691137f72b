using System.Globalization;
using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>
/// &lt;redirfilter&gt; with its &lt;usbdev class= vendor= product= version= allow=&gt; rules
/// (virDomainRedirFilterDefParseXML): each field is a number or -1 for "any"; allow is required.
/// </summary>
public sealed class RedirFilterReader : IDeviceReader
{
    public string ElementName => "redirfilter";

    public Device? Read(XElement e, XmlReadContext ctx)
    {
        var rules = new List<RedirFilterRule>();
        var ok = true;
        foreach (var u in e.Elements().Where(c => c.Name.LocalName == "usbdev"))
        {
            var rule = ReadRule(u, ctx);
            ok &= rule is not null;
            if (rule is not null)
            {
                rules.Add(rule);
            }
        }

        return ok ? new RedirFilter { Rules = [.. rules] } : null;
    }

    private static RedirFilterRule? ReadRule(XElement u, XmlReadContext ctx)
    {
        var ok = true;
        var cls = Field(u, "class", 0, 0xff, ctx, ref ok);
        var vendor = Field(u, "vendor", 0, 0xffff, ctx, ref ok);
        var product = Field(u, "product", 0, 0xffff, ctx, ref ok);
        int? version = null;
        if (XmlReadContext.AttributeOf(u, "version") is { Value: not "-1" } va)
        {
            version = Bcd(va.Value);
            if (version is null)
            {
                ctx.Error(va, "QX0496", $"Cannot parse USB device version {va.Value}");
                ok = false;
            }
        }

        var allow = XmlReadContext.AttributeOf(u, "allow");
        if (allow is null || allow.Value is not ("yes" or "no"))
        {
            ctx.Error((XObject?)allow ?? u, "QX0497", "Invalid allow value, either 'yes' or 'no'");
            return null;
        }

        return ok ? new RedirFilterRule(cls, vendor, product, version, allow.Value == "yes") : null;
    }

    private static int? Field(XElement u, string name, int min, int max, XmlReadContext ctx, ref bool ok)
    {
        if (XmlReadContext.AttributeOf(u, name) is not { Value: not "-1" } a)
        {
            return null;
        }

        var v = ctx.ParseInt(a, a.Value, min, max);
        ok &= v is not null;
        return v;
    }

    /// <summary>
    /// "major.minor" in decimal to the BCD bcdDevice value: the minor part is two decimal digits
    /// after the dot, so "9.4" means 9.40 (0x0940) and "1.09" stays 0x0109 (virDomainRedirFilterUSBVersionHelper).
    /// </summary>
    public static int? Bcd(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == text.Length - 1
            || !int.TryParse(text.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(text.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            || major >= 100 || minor >= 100)
        {
            return null;
        }

        if (minor < 10 && text[dot + 1] != '0')
        {
            minor *= 10;
        }

        return ((major / 10) << 12) | ((major % 10) << 8) | ((minor / 10) << 4) | (minor % 10);
    }
}
