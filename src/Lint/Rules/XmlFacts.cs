using System.Globalization;
using System.Xml.Linq;

namespace Qconv.Lint.Rules;

/// <summary>Small readers shared by rules: attributes, libvirt numbers, node sets.</summary>
public static class XmlFacts
{
    /// <summary>
    /// The value of the attribute <paramref name="name"/> (no namespace). A walk over the element's few
    /// attributes rather than <c>Attribute(name)</c>, whose string-to-XName conversion hashes the name
    /// in a shared table on every call; rules ask for attributes hundreds of times per file.
    /// </summary>
    public static string? Attr(this XElement e, string name)
    {
        for (var a = e.FirstAttribute; a is not null; a = a.NextAttribute)
        {
            var n = a.Name;
            if (string.Equals(n.LocalName, name, StringComparison.Ordinal) && ReferenceEquals(n.Namespace, XNamespace.None))
            {
                return a.Value;
            }
        }

        return null;
    }

    public static string AttrOr(this XElement e, string name, string fallback) => e.Attr(name) ?? fallback;

    /// <summary>The first child element <paramref name="name"/> (no namespace): <c>Element(name)</c> without the per-call XName lookup.</summary>
    public static XElement? Child(this XElement e, string name)
    {
        for (var n = e.FirstNode; n is not null; n = n.NextNode)
        {
            if (n is XElement c && IsNamed(c, name))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>The child elements <paramref name="name"/> (no namespace), in document order: <c>Elements(name)</c> without the XName lookup.</summary>
    public static IEnumerable<XElement> Children(this XElement e, string name)
    {
        for (var n = e.FirstNode; n is not null; n = n.NextNode)
        {
            if (n is XElement c && IsNamed(c, name))
            {
                yield return c;
            }
        }
    }

    /// <summary>The child elements <paramref name="name"/> of every element of <paramref name="parents"/>, in order.</summary>
    public static IEnumerable<XElement> Children(this IEnumerable<XElement> parents, string name)
    {
        foreach (var p in parents)
        {
            foreach (var c in p.Children(name))
            {
                yield return c;
            }
        }
    }

    private static bool IsNamed(XElement e, string name)
    {
        var n = e.Name;
        return string.Equals(n.LocalName, name, StringComparison.Ordinal) && ReferenceEquals(n.Namespace, XNamespace.None);
    }

    /// <summary>Parses a libvirt number: decimal, or hexadecimal with a 0x prefix.</summary>
    public static long? Number(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return long.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var h) ? h : null;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    public static long? Number(this XElement e, string attribute) => Number(e.Attr(attribute));

    /// <summary>
    /// Parses a libvirt bitmap ("0-5,^4,8"): ranges add, '^' excludes. Null when malformed.
    /// </summary>
    public static NodeSet? NodeSet(string? text)
    {
        if (text is null)
        {
            return null;
        }

        // Lists rather than SortedSet<int>: no generic code to compile at run time for a few numbers.
        var set = new List<int>();
        var exclude = new List<int>();
        foreach (var raw in text.Split(','))
        {
            var part = raw.Trim();
            var negate = part.StartsWith('^');
            if (negate)
            {
                part = part[1..];
            }

            var dash = part.IndexOf('-', StringComparison.Ordinal);
            if (!int.TryParse(dash < 0 ? part : part[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var lo))
            {
                return null;
            }

            var hi = lo;
            if (dash >= 0 && (!int.TryParse(part[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out hi) || hi < lo))
            {
                return null;
            }

            for (var i = lo; i <= hi; i++)
            {
                (negate ? exclude : set).Add(i);
            }
        }

        set.Sort();
        var members = new List<int>(set.Count);
        foreach (var i in set)
        {
            if ((members.Count == 0 || members[^1] != i) && !exclude.Contains(i))
            {
                members.Add(i);
            }
        }

        return new NodeSet(members);
    }

    /// <summary>A size in KiB from a value and libvirt unit (default KiB, as for &lt;memory&gt;).</summary>
    public static long? KiB(XElement? e, string defaultUnit = "KiB")
    {
        if (e is null || Number(e.Value) is not { } v)
        {
            return null;
        }

        return ScaleToKiB(v, e.Attr("unit") ?? defaultUnit);
    }

    public static long? ScaleToKiB(long value, string unit) => unit.ToLowerInvariant() switch
    {
        "b" or "bytes" => value / 1024,
        "k" or "kib" => value,
        "kb" => value * 1000 / 1024,
        "m" or "mib" => value * 1024,
        "mb" => value * 1000 * 1000 / 1024,
        "g" or "gib" => value * 1024 * 1024,
        "gb" => value * 1000 * 1000 * 1000 / 1024,
        "t" or "tib" => value * 1024 * 1024 * 1024,
        "tb" => value * 1000L * 1000 * 1000 * 1000 / 1024,
        _ => null,
    };
}
