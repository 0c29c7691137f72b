using Qconv.Compiler.Diagnostics;
using Xunit;

namespace Qconv.Compiler.Tests.Diagnostics;

public class DiagnosticTests
{
    [Fact]
    public void Formats_like_gcc_with_file_line_and_column()
    {
        var d = new Diagnostic("QC0001", Severity.Error, "bad thing", new SourceSpan("a.xml", 3, 7));
        Assert.Equal("a.xml:3:7: error QC0001: bad thing", d.ToString());
    }

    [Fact]
    public void Bag_reports_errors_but_not_warnings_as_errors()
    {
        var bag = new DiagnosticBag();
        bag.Warning("QC0002", null, "meh");
        Assert.False(bag.HasErrors);
        bag.Error("QC0003", null, "bad");
        Assert.True(bag.HasErrors);
        Assert.Equal(2, bag.Count);
    }
}
