using Qconv.Compiler.Caps;
using Qconv.Compiler.Config;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.Host;

namespace Qconv.Compiler.Passes;

/// <summary>Everything a pass or emitter may consult besides the domain itself.</summary>
public sealed class CompilationContext(QemuCaps caps, DriverConfig config, IHost host, DiagnosticBag diagnostics, string fileName)
{
    public QemuCaps Caps { get; } = caps;

    public DriverConfig Config { get; } = config;

    public IHost Host { get; } = host;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>The input file, for diagnostics that have no more precise span.</summary>
    public string FileName { get; } = fileName;

    public void Error(string code, Ir.DeviceInfo? at, string message) =>
        Diagnostics.Error(code, at?.Span ?? SourceSpan.WholeFile(FileName), message);

    public void Error(string code, SourceSpan? at, string message) =>
        Diagnostics.Error(code, at ?? SourceSpan.WholeFile(FileName), message);
}
