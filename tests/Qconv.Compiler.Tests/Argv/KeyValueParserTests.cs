using Qconv.Compiler.Argv;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Diagnostics;
using Xunit;

namespace Qconv.Compiler.Tests.Argv;

public class KeyValueParserTests
{
    [Fact]
    public void Double_comma_is_a_literal_comma_inside_a_value()
    {
        var (entries, bag) = Parse("file=a,,b,if=ide");
        Assert.Empty(bag);
        Assert.Equal([("file", "a,b"), ("if", "ide")], entries.Select(e => (e.Key, e.Value)));
    }

    [Fact]
    public void A_leading_bare_word_is_the_implied_key()
    {
        var (entries, _) = Parse("2,sockets=2");
        Assert.Null(entries[0].Key);
        Assert.Equal("2", entries[0].Value);

        var props = KeyValueParser.ToPropertyBag([.. entries], "cpus", default);
        Assert.Equal(["cpus", "sockets"], props.Select(p => p.Key));
        Assert.Equal(2, props.GetInt64("cpus"));
    }

    [Fact]
    public void Later_bare_words_are_qemuopts_flags()
    {
        var (entries, _) = Parse("socket,id=c,server,nowait");
        var props = KeyValueParser.ToPropertyBag([.. entries], "backend", default);
        Assert.Equal("socket", props.GetString("backend"));
        Assert.True(props.GetBool("server"));
        Assert.False(props.GetBool("wait"));
    }

    [Fact]
    public void A_bare_word_without_implied_key_is_a_flag_too()
    {
        var (entries, _) = Parse("readonly,file=x");
        var props = KeyValueParser.ToPropertyBag([.. entries], null, default);
        Assert.Equal("on", props.GetString("readonly"));
    }

    [Theory]
    [InlineData(",,x", null, ",x")]      // escaped comma at the start of an implied value
    [InlineData("a,,b=c", null, "a,b=c")] // keys stop at the first ',' so this is one bare word
    [InlineData("a=1,", "a", "1")]       // a trailing comma adds nothing
    [InlineData("a=", "a", "")]
    [InlineData("a==b", "a", "=b")]
    public void Reads_single_elements_like_qemuopts(string text, string? key, string value)
    {
        var (entries, bag) = Parse(text);
        Assert.Empty(bag);
        var e = Assert.Single(entries);
        Assert.Equal(key, e.Key);
        Assert.Equal(value, e.Value);
    }

    [Fact]
    public void Spans_point_at_keys_and_escaped_values_in_the_original_text()
    {
        // Columns: "-drive " is 7 characters, then "'" at 8, the value starts at 9.
        var (entries, _) = Parse("file=a,,b,if=ide", quoted: true);
        Assert.Equal(new SourceSpan("t.args", 1, 9, 4), entries[0].KeySpan);
        Assert.Equal(new SourceSpan("t.args", 1, 14, 4), entries[0].ValueSpan); // "a,,b" as written
        Assert.Equal(new SourceSpan("t.args", 1, 19, 2), entries[1].KeySpan);
        Assert.Equal(new SourceSpan("t.args", 1, 22, 3), entries[1].ValueSpan);
    }

    [Fact]
    public void Empty_keys_and_stray_commas_are_errors_with_positions()
    {
        var (entries, bag) = Parse("if=ide,=x");
        var d = Assert.Single(bag);
        Assert.Equal("QA0010", d.Code);
        Assert.Equal(15, d.Span!.Value.Column); // "-drive " + "if=ide," then '='
        Assert.Equal(2, entries.Count);

        // A comma after a separator pairs with it into a literal comma, so only a leading single
        // comma leaves an empty element.
        (entries, bag) = Parse("a=1,,,b");
        Assert.Empty(bag);
        Assert.Equal([("a", "1,"), (null, "b")], entries.Select(e => (e.Key, e.Value)));

        (_, bag) = Parse(",a=1");
        Assert.Equal("QA0010", Assert.Single(bag).Code);
    }

    [Fact]
    public void Parsing_can_start_inside_the_word()
    {
        var word = Word("unix:/tmp/m,server,nowait");
        var entries = KeyValueParser.Parse(word, new DiagnosticBag(), start: "unix:".Length);
        Assert.Equal(["/tmp/m", "server", "nowait"], entries.Select(e => e.Value));
        Assert.Equal(13, entries[0].Span.Column); // "-drive " then "unix:"
    }

    private static (List<KeyValueEntry> Entries, DiagnosticBag Bag) Parse(string value, bool quoted = false)
    {
        var bag = new DiagnosticBag();
        var entries = KeyValueParser.Parse(Word(value, quoted), bag);
        return ([.. entries], bag);
    }

    // The value of "-drive VALUE" on a command line of its own (column of VALUE: 8, or 9 when quoted).
    private static ArgvWord Word(string value, bool quoted = false)
    {
        var text = "qemu -drive " + (quoted ? "'" + value + "'" : value);
        var line = ArgvParser.Parse(text[5..], "t.args", new DiagnosticBag());
        return line.Options[0].Value!;
    }
}
