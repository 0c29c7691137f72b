using Qconv.Compiler.Conformance;
using Xunit;

namespace Qconv.Compiler.Tests.Conformance;

public class XmlLineDiffTests
{
    private const string Expected = "<domain type='kvm'>\n  <devices>\n    <disk type='file'>\n      <target dev='vda'/>\n    </disk>\n  </devices>\n</domain>\n";

    [Fact]
    public void Equal_texts_have_no_difference() => Assert.Null(XmlLineDiff.First(Expected, Expected));

    [Fact]
    public void Reports_the_first_differing_line_and_its_element_path()
    {
        var got = Expected.Replace("vda", "vdb", StringComparison.Ordinal);
        var d = XmlLineDiff.First(Expected, got);
        Assert.NotNull(d);
        Assert.Equal(4, d.Line);
        Assert.Equal("<target dev='vdb'/>", d.Got?.Trim());
        Assert.Equal("domain/devices/disk/target", d.Path);
    }

    [Fact]
    public void A_missing_tail_is_a_difference_at_the_closing_line()
    {
        var got = Expected.Replace("      <target dev='vda'/>\n", string.Empty, StringComparison.Ordinal);
        var d = XmlLineDiff.First(Expected, got);
        Assert.NotNull(d);
        Assert.Equal(4, d.Line);
        Assert.Equal("domain/devices/disk/target", d.Path);
    }
}
