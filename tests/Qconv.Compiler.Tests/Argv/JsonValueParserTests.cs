using Qconv.Compiler.Argv;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Diagnostics;
using Xunit;

namespace Qconv.Compiler.Tests.Argv;

public class JsonValueParserTests
{
    [Fact]
    public void Keeps_property_order_and_types()
    {
        var (props, bag) = Parse("""{"driver":"ide-cd","unit":0,"share":true,"x":null,"l":[1,"a"],"in":{"voices":2}}""");
        Assert.Empty(bag);
        Assert.NotNull(props);
        Assert.Equal(["driver", "unit", "share", "x", "l", "in"], props.Select(p => p.Key));
        Assert.IsType<StringValue>(props.Get("driver"));
        Assert.Equal("0", Assert.IsType<NumberValue>(props.Get("unit")).Raw);
        Assert.True(Assert.IsType<BoolValue>(props.Get("share")).Value);
        Assert.IsType<NullValue>(props.Get("x"));
        Assert.Equal(2, Assert.IsType<ArrayValue>(props.Get("l")).Items.Length);
        Assert.Equal(2, props.GetObject("in")!.GetInt64("voices"));
        Assert.Equal(PropertySource.Json, props.Source);
    }

    [Fact]
    public void Spans_point_inside_the_quotes_across_line_continuations()
    {
        const string text = "qemu \\\n-device '{\"driver\":\"e1000\",\\\n\"id\":\"net0\"}'\n";
        var bag = new DiagnosticBag();
        var props = ArgvParser.Parse(text, "t.args", bag).Options[0].Properties!;
        Assert.Empty(bag);
        var driver = props.GetEntry("driver")!;
        Assert.Equal(new SourceSpan("t.args", 2, 11, 8), driver.KeySpan);
        Assert.Equal(new SourceSpan("t.args", 2, 20, 7), driver.Value.Span);
        var id = props.GetEntry("id")!;
        Assert.Equal(new SourceSpan("t.args", 3, 1, 4), id.KeySpan);
        Assert.Equal(new SourceSpan("t.args", 3, 6, 6), id.Value.Span);
    }

    [Fact]
    public void An_error_after_non_ascii_text_and_a_continuation_names_the_original_column()
    {
        // The error is the missing ':' before "pci.0" on line 3, column 7 of the file.
        const string text = "qemu \\\n-device '{\"driver\":\"é€\",\\\n\"bus\" \"pci.0\"}'\n";
        var (_, bag) = ParseLine(text);
        var d = Assert.Single(bag);
        Assert.Equal("QA0006", d.Code);
        Assert.Equal((3, 7), (d.Span!.Value.Line, d.Span!.Value.Column));
        Assert.StartsWith("invalid JSON in -device: ", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_columns_count_characters_not_utf8_bytes()
    {
        // "é" is 2 UTF-8 bytes and "😀" 4 (two UTF-16 units); the reader stops at the '}' after 'nul'.
        var (_, bag) = Parse("""{"a":"é😀","b":nul}""");
        var d = Assert.Single(bag);
        Assert.Equal(1, d.Span!.Value.Line);
        Assert.Equal(10 + """{"a":"é😀","b":nul""".Length, d.Span!.Value.Column);
    }

    [Fact]
    public void A_value_that_is_not_an_object_is_an_error()
    {
        var (props, bag) = Parse("[1,2]");
        Assert.Null(props);
        Assert.Equal("QA0009", Assert.Single(bag).Code);
    }

    [Fact]
    public void Duplicate_keys_warn_and_the_last_wins()
    {
        var (props, bag) = Parse("""{"id":"a","id":"b"}""");
        Assert.Equal("b", props!.GetString("id"));
        var d = Assert.Single(bag);
        Assert.Equal(("QA0011", Severity.Warning), (d.Code, d.Severity));
    }

    [Fact]
    public void Excessive_nesting_is_a_diagnostic_not_a_crash()
    {
        var (props, bag) = Parse("{\"a\":" + new string('[', 5000) + new string(']', 5000) + "}");
        Assert.Null(props);
        Assert.Equal("QA0006", Assert.Single(bag).Code);
    }

    private static (PropertyBag? Props, DiagnosticBag Bag) Parse(string json)
    {
        // The value sits after "-device '" so its first character is at column 10 of line 1.
        var word = ParseLine("-device '" + json.Replace("'", "'\\''", StringComparison.Ordinal) + "'").Line.Options[0].Value!;
        var bag = new DiagnosticBag();
        return (JsonValueParser.Parse(word, "device", bag), bag);
    }

    private static (ArgvCommandLine Line, DiagnosticBag Bag) ParseLine(string text)
    {
        var bag = new DiagnosticBag();
        return (ArgvParser.Parse(text, "t.args", bag), bag);
    }
}
