using System.Text;
using Qconv.Compiler.Argv;
using Qconv.Compiler.Diagnostics;
using Xunit;

namespace Qconv.Compiler.Tests.Argv;

public class ArgvParserTests
{
    [Theory]
    [InlineData("S")]
    [InlineData("no-acpi")]
    [InlineData("nographic")]
    [InlineData("no-kqemu")]
    [InlineData("enable-kvm")]
    [InlineData("no-user-config")]
    [InlineData("nodefaults")]
    [InlineData("no-shutdown")]
    [InlineData("no-reboot")]
    [InlineData("localtime")]
    [InlineData("usb")]
    [InlineData("snapshot")]
    [InlineData("no-hpet")]
    [InlineData("mem-prealloc")]
    [InlineData("nodefconfig")]
    [InlineData("no-fd-bootchk")]
    [InlineData("full-screen")]
    public void Flags_do_not_take_the_next_word(string flag)
    {
        var line = Parse($"qemu -{flag} -m 1");
        Assert.Equal([flag, "m"], line.Options.Select(o => o.Name));
        Assert.True(line.Options[0].IsFlag);
        Assert.Equal(ArgvOptionKind.Known, line.Options[0].Kind);
    }

    [Fact]
    public void A_known_option_takes_the_next_word_even_when_it_starts_with_a_dash()
    {
        var line = Parse("qemu -append -quiet -S");
        Assert.Equal("-quiet", line.Options[0].Value!.Text);
        Assert.Equal("S", line.Options[1].Name);
    }

    [Fact]
    public void An_unknown_option_takes_a_plain_next_word_only()
    {
        var line = Parse("qemu -foo bar -baz -S");
        Assert.Equal(["foo", "baz", "S"], line.Options.Select(o => o.Name));
        Assert.Equal("bar", line.Options[0].Value!.Text);
        Assert.True(line.Options[1].IsFlag);
        Assert.Equal(ArgvOptionKind.Unknown, line.Options[1].Kind);
    }

    [Fact]
    public void A_quoted_dash_word_is_still_an_option_because_qemu_sees_the_unquoted_argv()
    {
        var line = Parse("qemu '-m' \"214\"");
        Assert.Equal("m", line.Options[0].Name);
        Assert.Equal("214", line.Options[0].Value!.Text);
    }

    [Fact]
    public void Positions_inside_double_quotes_skip_escapes()
    {
        // qemu -name "a\"b,debug-threads=on": the ',' is at text index 3 but at column 17 of the file.
        var line = Parse("qemu -name \"a\\\"b,debug-threads=on\"");
        var value = line.Options[0].Value!;
        Assert.Equal("a\"b,debug-threads=on", value.Text);
        Assert.Equal(17, value.SpanOf(3, 1).Column);
        Assert.Equal(new SourceSpan("t.args", 1, 18, 13), line.Options[0].Properties!.GetEntry("debug-threads")!.KeySpan);
    }

    [Fact]
    public void A_word_wrapped_with_backslash_newline_maps_both_halves()
    {
        var line = Parse("qemu -drive file=a,\\\nif=ide");
        var value = line.Options[0].Value!;
        Assert.Equal("file=a,if=ide", value.Text);
        Assert.Equal((2, 1), (value.SpanOf(7, 2).Line, value.SpanOf(7, 2).Column));
    }

    [Fact]
    public void Large_inputs_parse_completely()
    {
        var sb = new StringBuilder("LC_ALL=C /usr/bin/qemu");
        for (var i = 0; i < 20_000; i++)
        {
            sb.Append(" \\\n-device '{\"driver\":\"virtio-net-pci\",\"id\":\"net").Append(i).Append("\"}'");
        }

        var line = Parse(sb.ToString());
        Assert.Equal(20_000, line.Options.Length);
        Assert.Equal("net19999", line.Options[^1].Properties!.GetString("id"));
        Assert.Equal(20_001, line.Options[^1].Span.Line);
    }

    [Fact]
    public void A_huge_unterminated_quote_is_one_diagnostic()
    {
        var bag = new DiagnosticBag();
        var line = ArgvParser.Parse("qemu -append '" + new string('x', 1_000_000), "t.args", bag);
        Assert.Equal(1_000_000, line.Options[0].Value!.Text.Length);
        Assert.Equal(("QA0002", 14), (Assert.Single(bag).Code, bag[0].Span!.Value.Column));
    }

    private static ArgvCommandLine Parse(string text)
    {
        var bag = new DiagnosticBag();
        var line = ArgvParser.Parse(text, "t.args", bag);
        Assert.Empty(bag);
        return line;
    }
}
