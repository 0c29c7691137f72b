namespace Qconv.Compiler.Diagnostics;

/// <summary>Ordered from least to most severe, so thresholds compare with &gt;=.</summary>
public enum Severity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}
