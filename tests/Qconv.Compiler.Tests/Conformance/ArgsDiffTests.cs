using Qconv.Compiler.Conformance;
using Xunit;

namespace Qconv.Compiler.Tests.Conformance;

public class ArgsDiffTests
{
    private const string Expected = "LC_ALL=C \\\n/usr/bin/qemu-system-x86_64 \\\n-name guest=a \\\n-device '{\"driver\":\"virtio-net-pci\",\"id\":\"net0\"}' \\\n-msg timestamp=on\n";

    [Fact]
    public void Equal_texts_have_no_difference_even_without_the_final_newline()
    {
        Assert.Null(ArgsDiff.FirstDifference(Expected, Expected));
        Assert.Null(ArgsDiff.FirstDifference(Expected, Expected.TrimEnd('\n')));
    }

    [Fact]
    public void Reports_the_first_differing_argument()
    {
        var got = Expected.Replace("net0", "net1", StringComparison.Ordinal);
        var d = ArgsDiff.FirstDifference(Expected, got)!.Value;
        Assert.Equal(3, d.Index);
        Assert.Equal("-device '{\"driver\":\"virtio-net-pci\",\"id\":\"net0\"}'", d.Expected);
        Assert.Equal("-device virtio-net-pci", ArgsDiff.OptionKey(d.Expected!));
    }

    [Fact]
    public void Missing_and_extra_arguments_show_as_end()
    {
        var shorter = "LC_ALL=C \\\n/usr/bin/qemu-system-x86_64\n";
        var d = ArgsDiff.FirstDifference(Expected, shorter)!.Value;
        Assert.Equal(2, d.Index);
        Assert.Equal("-name guest=a", d.Expected);
        Assert.Null(d.Got);

        var longer = Expected.TrimEnd('\n') + " \\\n-S\n";
        var e = ArgsDiff.FirstDifference(Expected, longer)!.Value;
        Assert.Null(e.Expected);
        Assert.Equal("-S", e.Got);
    }

    [Fact]
    public void Byte_differences_outside_arguments_still_count()
    {
        var crlf = Expected.Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.NotNull(ArgsDiff.FirstDifference(Expected, crlf));
    }

    [Theory]
    [InlineData("-machine pc,usb=off", "-machine")]
    [InlineData("-chardev socket,id=charmonitor,fd=1729,server=on,wait=off", "-chardev socket")]
    [InlineData("-object '{\"qom-type\":\"secret\",\"id\":\"masterKey0\"}'", "-object secret")]
    [InlineData("-netdev '{\"type\":\"tap\",\"fd\":\"3\"}'", "-netdev tap")]
    [InlineData("-blockdev '{\"driver\":\"file\",\"filename\":\"/a\"}'", "-blockdev file")]
    [InlineData("-S", "-S")]
    [InlineData("PATH=/bin", "environment")]
    [InlineData("/usr/bin/qemu-system-x86_64", "emulator binary")]
    public void Option_keys_name_the_option_and_its_backend(string line, string key) =>
        Assert.Equal(key, ArgsDiff.OptionKey(line));
}
