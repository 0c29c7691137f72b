using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Argv.Values;

/// <summary>One property: its key, its value, and where the key is written.</summary>
public sealed record PropertyEntry(string Key, PropertyValue Value, SourceSpan KeySpan);
