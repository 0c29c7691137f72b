using System.Collections.Immutable;
using System.Globalization;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Argv.Values;

/// <summary>
/// A typed property value as a lifter sees it, whether it came from JSON (typed) or from a QEMU
/// <c>key=value</c> list (always <see cref="StringValue"/>: QEMU converts keyval strings to the
/// property's type itself, so the accessors of <see cref="PropertyBag"/> do the same).
/// </summary>
public abstract record PropertyValue(SourceSpan Span);

public sealed record StringValue(string Value, SourceSpan Span) : PropertyValue(Span);

/// <summary>A JSON number, kept as written so no precision is lost.</summary>
public sealed record NumberValue(string Raw, SourceSpan Span) : PropertyValue(Span)
{
    public bool TryGetInt64(out long value) =>
        long.TryParse(Raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public bool TryGetDouble(out double value) =>
        double.TryParse(Raw, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}

public sealed record BoolValue(bool Value, SourceSpan Span) : PropertyValue(Span);

public sealed record NullValue(SourceSpan Span) : PropertyValue(Span);

public sealed record ObjectValue(PropertyBag Properties, SourceSpan Span) : PropertyValue(Span);

public sealed record ArrayValue(ImmutableArray<PropertyValue> Items, SourceSpan Span) : PropertyValue(Span);
