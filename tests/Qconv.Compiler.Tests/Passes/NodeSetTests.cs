using Qconv.Compiler.Passes;
using Xunit;

namespace Qconv.Compiler.Tests.Passes;

public sealed class NodeSetTests
{
    [Theory]
    [InlineData("0", new[] { 0 })]
    [InlineData("1-2,5-7,^6", new[] { 1, 2, 5, 7 })]
    [InlineData("3, 1", new[] { 1, 3 })]
    public void Parses_libvirt_node_sets(string text, int[] expected) =>
        Assert.Equal(expected, NodeSet.Parse(text));

    [Fact]
    public void Rejects_malformed_sets() => Assert.Null(NodeSet.Parse("1-x"));

    [Fact]
    public void Formats_ranges() => Assert.Equal(["0-2", "5", "7-8"], NodeSet.Ranges([0, 1, 2, 5, 7, 8]));
}
