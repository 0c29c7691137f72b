namespace Qconv.Compiler.Diagnostics;

/// <summary>
/// The one diagnostic type of qconv: parser errors, compiler errors and lint findings alike.
/// <see cref="Code"/> is stable (QA = argv parser, QX = domain XML reader, QC = compiler,
/// QL = lint rules, QR = runtime) so users can grep, suppress and document it.
/// </summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, SourceSpan? Span = null)
{
    /// <summary>Optional longer advice (how to fix); formatters may print it after the message.</summary>
    public string? Help { get; init; }

    public static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>GCC-style text: <c>file:line:col: error QC0001: message</c>.</summary>
    public override string ToString()
    {
        var where = Span is { } s ? s + ": " : string.Empty;
        return $"{where}{SeverityWord(Severity)} {Code}: {Message}";
    }
}
