using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Config;

/// <summary>A value in libvirt's configuration file syntax (virconf): a string, an integer or a list.</summary>
public abstract record ConfValue(SourceSpan Span)
{
    /// <summary>How diagnostics name the value's type.</summary>
    public abstract string TypeName { get; }
}

public sealed record ConfString(string Value, SourceSpan Span) : ConfValue(Span)
{
    public override string TypeName => "a string";
}

public sealed record ConfInteger(long Value, SourceSpan Span) : ConfValue(Span)
{
    public override string TypeName => "an integer";
}

public sealed record ConfList(IReadOnlyList<ConfValue> Items, SourceSpan Span) : ConfValue(Span)
{
    public override string TypeName => "a list";
}

/// <summary>One <c>key = value</c> statement.</summary>
public sealed record ConfEntry(string Key, SourceSpan KeySpan, ConfValue Value);
