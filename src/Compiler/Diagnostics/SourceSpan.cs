namespace Qconv.Compiler.Diagnostics;

/// <summary>
/// A place in a user's file: 1-based line and column. <see cref="Length"/> is optional and lets
/// front ends that know a token's extent (the argv parser) underline it.
/// </summary>
public readonly record struct SourceSpan(string File, int Line, int Column, int Length = 0)
{
    /// <summary>A span for a whole file, when nothing more precise is known (I/O errors).</summary>
    public static SourceSpan WholeFile(string file) => new(file, 0, 0);

    public bool HasPosition => Line > 0;

    public override string ToString() => HasPosition ? $"{File}:{Line}:{Column}" : File;
}
