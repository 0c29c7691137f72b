using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Argv;

/// <summary>
/// One option with its value, e.g. <c>-drive file=a,if=ide</c>.
/// </summary>
/// <param name="Name">The option name without its leading dash (or two: QEMU reads <c>--m</c> as
/// <c>-m</c>); empty for a positional word.</param>
/// <param name="Word">The option word as written (<c>-drive</c>); for a positional word, the word.</param>
/// <param name="Value">The value word, or null for a flag (or an option whose value is missing).</param>
/// <param name="Spec">QEMU's description of the option, or null when it is not known.</param>
/// <param name="Properties">The value read as properties, for options whose value is QEMU's
/// <c>key=value,...</c> list or a JSON object (see <see cref="QemuOptionSpec.Syntax"/>); null otherwise
/// and when the value is malformed.</param>
/// <param name="Span">Where the option word is.</param>
public sealed record ArgvOption(
    string Name,
    ArgvWord Word,
    ArgvWord? Value,
    ArgvOptionKind Kind,
    QemuOptionSpec? Spec,
    PropertyBag? Properties,
    SourceSpan Span)
{
    public bool IsFlag => Value is null;

    /// <summary>
    /// The argv words the option occupies, as written: the option word and its value, or one word for
    /// a flag or a positional word (whose <see cref="Value"/> is that same word).
    /// </summary>
    public IEnumerable<string> Words => Value is { } v && Kind != ArgvOptionKind.Positional ? [Word.Text, v.Text] : [Word.Text];
}
