using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Argv.Values;

/// <summary>Reads an option's value as properties according to the option's <see cref="ValueSyntax"/>.</summary>
public static class OptionProperties
{
    /// <summary>
    /// The properties of <paramref name="value"/>, or null for raw values and malformed JSON.
    /// QEMU takes a value as JSON exactly when its first character is '{' (for example
    /// qemu_opts_parse_noisily is bypassed by vl.c's <c>optarg[0] == '{'</c> test for -object/-device).
    /// </summary>
    public static PropertyBag? Read(QemuOptionSpec spec, ArgvWord value, DiagnosticBag diagnostics) => spec.Syntax switch
    {
        ValueSyntax.JsonOrKeyValue when value.Text.StartsWith('{') => JsonValueParser.Parse(value, spec.Name, diagnostics),
        ValueSyntax.KeyValue or ValueSyntax.JsonOrKeyValue =>
            KeyValueParser.ToPropertyBag(KeyValueParser.Parse(value, diagnostics), spec.ImpliedKey, value.Span),
        _ => null,
    };
}
