using System.Globalization;
using System.Text.RegularExpressions;

namespace Qconv.Lint.Schema;

/// <summary>
/// An XSD simple type of the subset domain.xsd uses: a built-in (xs:string, xs:NMTOKEN, xs:int and the
/// unsigned and positive integers), a restriction of one (enumeration, pattern, min/maxInclusive,
/// minLength), or a union. Facet semantics follow XML Schema 1.0 part 2 (https://www.w3.org/TR/xmlschema-2/).
/// </summary>
internal sealed partial class SimpleType
{
    private readonly Func<string, bool> _accepts;

    private SimpleType(string name, bool collapse, Func<string, bool> accepts)
    {
        Name = name;
        Collapse = collapse;
        _accepts = accepts;
    }

    /// <summary>What a valid value is, for messages: "a valid uint8", "one of: a, b", "matching P".</summary>
    public string Name { get; }

    /// <summary>Whether whitespace is collapsed before checking (every built-in here except xs:string).</summary>
    public bool Collapse { get; }

    public bool Accepts(string value) => _accepts(Collapse ? value.Trim() : value);

    public static SimpleType? BuiltIn(string name) => name switch
    {
        "string" => new SimpleType("a valid string", false, static _ => true),
        "NMTOKEN" => new SimpleType("a valid NMTOKEN", true, IsNmToken),
        "int" => Integer("int", int.MinValue, int.MaxValue),
        "unsignedInt" => Integer("unsignedInt", 0, uint.MaxValue),
        "unsignedShort" => Integer("unsignedShort", 0, ushort.MaxValue),
        "unsignedLong" => new SimpleType("a valid unsignedLong", true, static v => ulong.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)),
        "positiveInteger" => new SimpleType("a valid positiveInteger", true, static v => PositiveDigits().IsMatch(v)),
        _ => null,
    };

    /// <summary>
    /// A restriction of <paramref name="baseType"/> by the facets given (null or empty when absent);
    /// <paramref name="name"/> is the XSD type name, empty for an anonymous type.
    /// </summary>
    public static SimpleType Restrict(string name, SimpleType baseType, IReadOnlyCollection<string> enumeration, IReadOnlyList<string> patterns,
        long? minInclusive, long? maxInclusive, int? minLength)
    {
        // XSD patterns match the whole value and have no anchors of their own.
        var regexes = patterns.Select(p => new Regex("^(?:" + p + ")$", RegexOptions.CultureInvariant)).ToArray();
        var enumSet = enumeration.Count == 0 ? null : new HashSet<string>(enumeration, StringComparer.Ordinal);
        var expectation = name.Length > 0 ? name
            : enumSet is not null ? "one of: " + string.Join(", ", enumeration)
            : patterns.Count > 0 ? "a value matching " + string.Join(" or ", patterns)
            : $"{baseType.Name}{(minInclusive is { } lo ? $" from {lo}" : "")}{(maxInclusive is { } hi ? $" up to {hi}" : "")}{(minLength is { } n ? $" of at least {n} characters" : "")}";
        return new SimpleType(expectation, baseType.Collapse, v =>
            baseType._accepts(v)
            && (enumSet is null || enumSet.Contains(v))
            && (regexes.Length == 0 || Array.Exists(regexes, r => r.IsMatch(v)))
            && (minLength is not { } n || v.Length >= n)
            && (minInclusive is null && maxInclusive is null || InRange(v, minInclusive, maxInclusive)));
    }

    public static SimpleType Union(string name, IReadOnlyList<SimpleType> members) =>
        new(name.Length > 0 ? name : string.Join(" or ", members.Select(m => m.Name)), false, v => members.Any(m => m.Accepts(v)));

    private static SimpleType Integer(string name, long min, long max) =>
        new("a valid " + name, true, v => long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max);

    private static bool InRange(string v, long? min, long? max) =>
        long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
        && (min is not { } lo || n >= lo) && (max is not { } hi || n <= hi);

    private static bool IsNmToken(string v)
    {
        if (v.Length == 0)
        {
            return false;
        }

        foreach (var c in v)
        {
            if (!System.Xml.XmlConvert.IsNCNameChar(c) && c != ':')
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^\+?0*[1-9][0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PositiveDigits();
}
