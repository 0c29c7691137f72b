using System.Text;
using Qconv.Compiler.Argv;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Tests.Argv;

/// <summary>Prints an <see cref="ArgvCommandLine"/> and its diagnostics as compact text for snapshots.</summary>
internal static class ArgvAstPrinter
{
    public static string Print(ArgvCommandLine line, IEnumerable<Diagnostic> diagnostics)
    {
        var sb = new StringBuilder();
        foreach (var env in line.Env)
        {
            sb.Append($"env {env.Name} = {Quote(env.Value.Text)} {At(env.Span)} value {At(env.Value.Span)}\n");
        }

        sb.Append(line.Binary is { } binary ? $"binary {Quote(binary.Text)} {At(binary.Span)}\n" : "binary (none)\n");
        foreach (var option in line.Options)
        {
            var kind = option.Kind switch
            {
                ArgvOptionKind.Known when !option.Spec!.TakesValue => "flag",
                ArgvOptionKind.Known => option.IsFlag ? $"{option.Spec.Syntax}, missing value" : option.Spec.Syntax.ToString(),
                ArgvOptionKind.Unknown => option.IsFlag ? "unknown flag" : "unknown",
                _ => "positional",
            };
            sb.Append($"option {Quote(option.Word.Text)} name={option.Name} [{kind}] {At(option.Span)}\n");
            if (option.Value is { } value && option.Kind != ArgvOptionKind.Positional)
            {
                sb.Append($"  value {Quote(value.Text)} {At(value.Span)}\n");
            }

            if (option.Properties is { } props)
            {
                PrintBag(sb, props, "  ");
            }
        }

        foreach (var d in diagnostics)
        {
            sb.Append($"diagnostic {d}{(d.Span is { Length: > 0 } s ? $" (+{s.Length})" : string.Empty)}\n");
        }

        return sb.ToString();
    }

    private static void PrintBag(StringBuilder sb, PropertyBag bag, string indent)
    {
        sb.Append($"{indent}{bag.Source.ToString().ToLowerInvariant()} {At(bag.Span)}\n");
        foreach (var e in bag)
        {
            sb.Append($"{indent}  {e.Key} {At(e.KeySpan)} = ");
            PrintValue(sb, e.Value, indent + "  ");
        }
    }

    private static void PrintValue(StringBuilder sb, PropertyValue value, string indent)
    {
        switch (value)
        {
            case ObjectValue o:
                sb.Append("object\n");
                PrintBag(sb, o.Properties, indent + "  ");
                break;
            case ArrayValue a:
                sb.Append($"array {At(a.Span)}\n");
                foreach (var item in a.Items)
                {
                    sb.Append($"{indent}    - ");
                    PrintValue(sb, item, indent + "    ");
                }

                break;
            default:
                var text = value switch
                {
                    StringValue s => Quote(s.Value),
                    NumberValue n => "number " + n.Raw,
                    BoolValue b => b.Value ? "true" : "false",
                    _ => "null",
                };
                sb.Append($"{text} {At(value.Span)}\n");
                break;
        }
    }

    private static string At(SourceSpan span) => $"@{span.Line}:{span.Column}+{span.Length}";

    private static string Quote(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return sb.Append('"').ToString();
    }
}
