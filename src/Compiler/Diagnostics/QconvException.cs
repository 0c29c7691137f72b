namespace Qconv.Compiler.Diagnostics;

/// <summary>
/// Thrown only to abandon a stage whose diagnostics are already in a bag (for example unreadable
/// input); the CLI prints the bag, never the exception's stack trace.
/// </summary>
public sealed class QconvException : Exception
{
    public QconvException(Diagnostic diagnostic)
        : base(diagnostic.ToString()) => Diagnostic = diagnostic;

    public QconvException()
    {
        Diagnostic = new Diagnostic("QC0000", Severity.Error, "unspecified error");
    }

    public QconvException(string message)
        : base(message) => Diagnostic = new Diagnostic("QC0000", Severity.Error, message);

    public QconvException(string message, Exception innerException)
        : base(message, innerException) => Diagnostic = new Diagnostic("QC0000", Severity.Error, message);

    public Diagnostic Diagnostic { get; }
}
