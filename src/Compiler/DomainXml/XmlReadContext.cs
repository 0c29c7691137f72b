using System.Globalization;
using System.Xml.Linq;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml;

/// <summary>
/// What every section reader needs: the file name for spans, the diagnostics bag, and typed
/// attribute accessors that report impossible values instead of throwing.
/// </summary>
public sealed class XmlReadContext(string fileName, DiagnosticBag diagnostics)
{
    public string FileName { get; } = fileName;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public SourceSpan Span(XObject node) => XmlInput.SpanOf(node, FileName);

    public void Error(XObject at, string code, string message) => Diagnostics.Error(code, Span(at), message);

    public static string? Attr(XElement e, string name) => AttributeOf(e, name)?.Value;

    /// <summary>
    /// <c>e.Attribute(name)</c> for an attribute in no namespace, without turning the string into an
    /// <see cref="XName"/> (a hash table lookup per call, the readers' most frequent operation); libvirt
    /// elements carry a handful of attributes, so a scan is cheaper.
    /// </summary>
    public static XAttribute? AttributeOf(XElement e, string name)
    {
        for (var a = e.FirstAttribute; a is not null; a = a.NextAttribute)
        {
            var n = a.Name;
            if (n.NamespaceName.Length == 0 && string.Equals(n.LocalName, name, StringComparison.Ordinal))
            {
                return a;
            }
        }

        return null;
    }

    /// <summary><c>e.Element(name)</c> for a child in no namespace, by scanning (see <see cref="AttributeOf"/>).</summary>
    public static XElement? ChildOf(XElement e, string name)
    {
        for (var n = e.FirstNode; n is not null; n = n.NextNode)
        {
            if (n is XElement c && c.Name.NamespaceName.Length == 0 && string.Equals(c.Name.LocalName, name, StringComparison.Ordinal))
            {
                return c;
            }
        }

        return null;
    }

    public string? RequiredAttr(XElement e, string name)
    {
        var v = AttributeOf(e, name)?.Value;
        if (v is null)
        {
            Error(e, "QX0010", $"<{e.Name.LocalName}> is missing required attribute '{name}'");
        }

        return v;
    }

    public int? Int(XElement e, string name, int min = int.MinValue, int max = int.MaxValue)
    {
        var a = AttributeOf(e, name);
        return a is null ? null : ParseInt(a, a.Value, min, max);
    }

    public int? ParseInt(XObject at, string text, int min = int.MinValue, int max = int.MaxValue)
    {
        var t = text.Trim();
        var ok = t.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? long.TryParse(t.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v)
            : long.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out v);
        if (!ok || v < min || v > max)
        {
            Error(at, "QX0011", $"invalid value '{text}' for {Describe(at)}: expected an integer{RangeText(min, max)}");
            return null;
        }

        return (int)v;
    }

    public ulong? ULong(XElement e, string name)
    {
        var a = AttributeOf(e, name);
        if (a is null)
        {
            return null;
        }

        var t = a.Value.Trim();
        var ok = t.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.TryParse(t.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v)
            : ulong.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out v);
        if (!ok)
        {
            Error(a, "QX0011", $"invalid value '{a.Value}' for {Describe(a)}: expected a non-negative integer");
            return null;
        }

        return v;
    }

    /// <summary>libvirt's tri-state attributes accept yes/no or on/off depending on the element.</summary>
    public bool? Bool(XElement e, string name)
    {
        var a = AttributeOf(e, name);
        if (a is null)
        {
            return null;
        }

        switch (a.Value)
        {
            case "yes" or "on":
                return true;
            case "no" or "off":
                return false;
            default:
                Error(a, "QX0012", $"invalid value '{a.Value}' for {Describe(a)}: expected yes/no or on/off");
                return null;
        }
    }

    /// <summary>Checks an attribute against a closed set of values, reporting anything else.</summary>
    public string? Enum(XElement e, string name, params string[] allowed)
    {
        var a = AttributeOf(e, name);
        if (a is null)
        {
            return null;
        }

        if (Array.IndexOf(allowed, a.Value) < 0)
        {
            Error(a, "QX0013", $"unsupported value '{a.Value}' for {Describe(a)}; expected one of: {string.Join(", ", allowed)}");
            return null;
        }

        return a.Value;
    }

    /// <summary>
    /// Reads a scaled integer element (&lt;memory unit='MiB'&gt;512&lt;/memory&gt;) into KiB, following
    /// libvirt's unit table (b/bytes, KB=1000, k/KiB=1024, MB, M/MiB, GB, G/GiB, TB, T/TiB, PB, P/PiB, EB, E/EiB).
    /// </summary>
    public ulong? ScaledKiB(XElement e, string? defaultUnit = "KiB") =>
        ScaledKiB(e, e.Value, Attr(e, "unit") ?? defaultUnit);

    public ulong? ScaledKiB(XObject at, string valueText, string? unit)
    {
        if (!ulong.TryParse(valueText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            Error(at, "QX0011", $"invalid size '{valueText.Trim()}' for {Describe(at)}: expected a non-negative integer");
            return null;
        }

        var bytesPerUnit = UnitScale(unit ?? "KiB");
        if (bytesPerUnit is null)
        {
            Error(at, "QX0014", $"unknown unit '{unit}' for {Describe(at)}");
            return null;
        }

        var bytes = (System.Numerics.BigInteger)value * bytesPerUnit.Value;

        // libvirt rounds up to whole KiB.
        var kib = (bytes + 1023) / 1024;
        if (kib > ulong.MaxValue)
        {
            Error(at, "QX0015", $"size {valueText.Trim()} {unit} for {Describe(at)} is too large");
            return null;
        }

        return (ulong)kib;
    }

    public static ulong? UnitScale(string unit) => unit switch
    {
        "b" or "bytes" => 1,
        "KB" => 1000,
        "k" or "K" or "KiB" => 1024,
        "MB" => 1000 * 1000,
        "m" or "M" or "MiB" => 1024 * 1024,
        "GB" => 1000UL * 1000 * 1000,
        "g" or "G" or "GiB" => 1024UL * 1024 * 1024,
        "TB" => 1000UL * 1000 * 1000 * 1000,
        "t" or "T" or "TiB" => 1024UL * 1024 * 1024 * 1024,
        "PB" => 1000UL * 1000 * 1000 * 1000 * 1000,
        "p" or "P" or "PiB" => 1024UL * 1024 * 1024 * 1024 * 1024,
        "EB" => 1000UL * 1000 * 1000 * 1000 * 1000 * 1000,
        "e" or "E" or "EiB" => 1024UL * 1024 * 1024 * 1024 * 1024 * 1024,
        _ => null,
    };

    /// <summary>Attributes of an element as an ordered list, for records that keep them verbatim.</summary>
    public static EquatableArray<Attr> Attributes(XElement e, params string[] except) =>
        e.Attributes()
            .Where(a => !a.IsNamespaceDeclaration && Array.IndexOf(except, a.Name.LocalName) < 0)
            .Select(a => new Attr(a.Name.LocalName, a.Value))
            .ToEquatableArray();

    /// <summary>Converts an element subtree into a syntax-neutral <see cref="GenericNode"/>.</summary>
    public static GenericNode Generic(XElement e)
    {
        var text = e.Nodes().OfType<XText>().Any() && !e.HasElements ? e.Value : null;
        return new GenericNode(
            e.Name.Namespace == XNamespace.None ? e.Name.LocalName : e.Name.LocalName,
            Attributes(e),
            text,
            e.Elements().Select(Generic).ToEquatableArray());
    }

    private static string Describe(XObject at) => at switch
    {
        XAttribute a => $"attribute '{a.Name.LocalName}' of <{a.Parent?.Name.LocalName}>",
        XElement e => $"<{e.Name.LocalName}>",
        _ => "value",
    };

    private static string RangeText(int min, int max) =>
        (min, max) switch
        {
            (int.MinValue, int.MaxValue) => string.Empty,
            (_, int.MaxValue) => $" >= {min}",
            _ => $" in {min}..{max}",
        };
}
