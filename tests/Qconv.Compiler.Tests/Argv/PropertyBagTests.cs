using Qconv.Compiler.Argv;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Diagnostics;
using Xunit;

namespace Qconv.Compiler.Tests.Argv;

/// <summary>The same -device/-audiodev written as JSON and as key=value reads the same way.</summary>
public class PropertyBagTests
{
    private const string Json =
        """qemu -device '{"driver":"ide-hd","bootindex":1,"share":true,"addr":"0x1f"}' -audiodev '{"id":"a","driver":"alsa","in":{"voices":1}}' -object '{"qom-type":"memory-backend-ram","id":"m","host-nodes":[0,3]}'""";

    private const string KeyVal =
        "qemu -device ide-hd,bootindex=1,share=on,addr=0x1f -audiodev alsa,id=a,in.voices=1 -object memory-backend-ram,id=m,host-nodes=0,host-nodes=3";

    [Theory]
    [InlineData(Json)]
    [InlineData(KeyVal)]
    public void Typed_accessors_agree_across_syntaxes(string text)
    {
        var line = Parse(text);
        var device = line.Options[0].Properties!;
        Assert.Equal("ide-hd", device.GetString("driver"));
        Assert.Equal(1, device.GetInt64("bootindex"));
        Assert.True(device.GetBool("share"));
        Assert.Equal(0x1f, device.GetInt64("addr"));
        Assert.Null(device.Get("missing"));

        var audio = line.Options[1].Properties!;
        Assert.Equal("alsa", audio.GetString("driver"));
        Assert.Equal(1, audio.GetInt64("in.voices"));
        Assert.Equal(1, audio.GetObject("in")!.GetInt64("voices"));
    }

    [Fact]
    public void Repeated_keys_and_arrays_both_read_as_lists()
    {
        foreach (var text in new[] { Json, KeyVal })
        {
            var memory = Parse(text).Options[2].Properties!;
            var nodes = memory.GetAll("host-nodes").Select(v => v switch
            {
                NumberValue n => n.Raw,
                StringValue s => s.Value,
                _ => "?",
            });
            Assert.Equal(["0", "3"], nodes);
        }
    }

    [Fact]
    public void Single_lookups_return_the_last_occurrence_like_qemu()
    {
        var memory = Parse(KeyVal).Options[2].Properties!;
        Assert.Equal("3", memory.GetString("host-nodes"));
    }

    [Fact]
    public void Json_booleans_read_as_on_off_strings()
    {
        Assert.Equal("on", Parse(Json).Options[0].Properties!.GetString("share"));
    }

    private static ArgvCommandLine Parse(string text)
    {
        var bag = new DiagnosticBag();
        var line = ArgvParser.Parse(text, "t.args", bag);
        Assert.Empty(bag);
        return line;
    }
}
