namespace Qconv.Compiler.Ir;

/// <summary>
/// One environment variable of the QEMU process (a null value unsets it). A class, not a
/// KeyValuePair, so that lists of it use precompiled code (see <see cref="Attr"/>).
/// </summary>
public sealed record EnvVar(string Key, string? Value);
