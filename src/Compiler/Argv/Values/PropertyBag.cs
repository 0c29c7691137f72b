using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Argv.Values;

/// <summary>
/// An option's properties in written order: the one view lifters use for <c>-device</c>,
/// <c>-object</c>, <c>-netdev</c>... whether the value was JSON or <c>key=value,...</c>.
/// A key may repeat (QemuOpts keeps every <c>cpus=</c> of <c>-numa</c>); single-value lookups
/// return the last one, as QEMU does. Dotted keys (<c>in.voices</c>, <c>file.debug</c>) are found
/// both written flat (keyval) and nested (JSON).
/// </summary>
public sealed class PropertyBag : IReadOnlyList<PropertyEntry>
{
    public PropertyBag(ImmutableArray<PropertyEntry> entries, PropertySource source, SourceSpan span)
    {
        Entries = entries;
        Source = source;
        Span = span;
    }

    public ImmutableArray<PropertyEntry> Entries { get; }

    public PropertySource Source { get; }

    /// <summary>Where the whole value is written.</summary>
    public SourceSpan Span { get; }

    public int Count => Entries.Length;

    public PropertyEntry this[int index] => Entries[index];

    public bool Contains(string key) => TryGet(key, out _);

    public PropertyValue? Get(string key) => TryGet(key, out var value) ? value : null;

    /// <summary>The last value of <paramref name="key"/>; a dotted key also looks inside objects.</summary>
    public bool TryGet(string key, out PropertyValue value)
    {
        for (var i = Entries.Length - 1; i >= 0; i--)
        {
            if (Entries[i].Key == key)
            {
                value = Entries[i].Value;
                return true;
            }
        }

        for (var dot = key.IndexOf('.', StringComparison.Ordinal); dot > 0; dot = key.IndexOf('.', dot + 1))
        {
            if (Get(key[..dot]) is ObjectValue inner && inner.Properties.TryGet(key[(dot + 1)..], out value))
            {
                return true;
            }
        }

        value = null!;
        return false;
    }

    /// <summary>The entry whose value <see cref="Get"/> returns, for its key's position.</summary>
    public PropertyEntry? GetEntry(string key)
    {
        for (var i = Entries.Length - 1; i >= 0; i--)
        {
            if (Entries[i].Key == key)
            {
                return Entries[i];
            }
        }

        return null;
    }

    /// <summary>A string, a number as written, or a boolean spelled <c>on</c>/<c>off</c> as QEMU does.</summary>
    public string? GetString(string key) => Get(key) switch
    {
        StringValue s => s.Value,
        NumberValue n => n.Raw,
        BoolValue b => b.Value ? "on" : "off",
        _ => null,
    };

    /// <summary>A JSON boolean, or a string QEMU reads as one (qapi_bool_parse: on/yes/true/y, off/no/false/n).</summary>
    public bool? GetBool(string key) => Get(key) switch
    {
        BoolValue b => b.Value,
        StringValue { Value: "on" or "yes" or "true" or "y" } => true,
        StringValue { Value: "off" or "no" or "false" or "n" } => false,
        _ => null,
    };

    /// <summary>A JSON integer, or a decimal or 0x-hexadecimal string.</summary>
    public long? GetInt64(string key) => Get(key) switch
    {
        NumberValue n when n.TryGetInt64(out var v) => v,
        StringValue s => ParseInteger(s.Value),
        _ => null,
    };

    /// <summary>
    /// A nested object: the JSON object, or for a keyval list the entries <c>key.*</c> with the
    /// prefix removed (<c>in.voices=1</c> reads as <c>in</c> → <c>voices=1</c>).
    /// </summary>
    public PropertyBag? GetObject(string key)
    {
        if (Get(key) is ObjectValue o)
        {
            return o.Properties;
        }

        var prefix = key + ".";
        var builder = ImmutableArray.CreateBuilder<PropertyEntry>();
        foreach (var e in Entries)
        {
            if (e.Key.StartsWith(prefix, StringComparison.Ordinal))
            {
                builder.Add(e with { Key = e.Key[prefix.Length..] });
            }
        }

        return builder.Count == 0 ? null : new PropertyBag(builder.ToImmutable(), Source, Span);
    }

    /// <summary>Every value of a repeated key (keyval) or the items of an array (JSON).</summary>
    public IEnumerable<PropertyValue> GetAll(string key)
    {
        var found = Entries.Where(e => e.Key == key).Select(e => e.Value).ToList();
        return found is [ArrayValue array] ? array.Items : found;
    }

    public IEnumerator<PropertyEntry> GetEnumerator() => ((IEnumerable<PropertyEntry>)Entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static long? ParseInteger(string text)
    {
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return long.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) ? hex : null;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var dec) ? dec : null;
    }
}
