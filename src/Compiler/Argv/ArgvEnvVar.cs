using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Argv;

/// <summary>An environment assignment before the program (<c>LC_ALL=C</c>); Span is the name's.</summary>
public sealed record ArgvEnvVar(string Name, ArgvWord Value, SourceSpan Span);
