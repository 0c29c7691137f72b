using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Conformance;

/// <summary>
/// What a compiler made of one case: the command line in libvirt's test format (environment and
/// binary, then one argument per line, joined with <c>" \"</c> + newline; a final newline is optional)
/// or nothing, plus its diagnostics. A case counts as rejected when any diagnostic is an error.
/// </summary>
public sealed record ToNativeOutcome(string? ArgsText, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Rejected => ArgsText is null || Diagnostics.Any(d => d.Severity == Severity.Error);

    public Diagnostic? FirstError => Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error);

    public static ToNativeOutcome Success(string argsText, IEnumerable<Diagnostic>? diagnostics = null) =>
        new(argsText, diagnostics?.ToList() ?? []);

    public static ToNativeOutcome Failure(IEnumerable<Diagnostic> diagnostics) => new(null, diagnostics.ToList());
}
