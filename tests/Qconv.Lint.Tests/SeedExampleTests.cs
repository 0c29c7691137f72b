using Qconv.Compiler.Diagnostics;
using Qconv.TestSupport;
using Xunit;

namespace Qconv.Lint.Tests;

/// <summary>The acceptance examples of issue 4 on the seed page's files (../shared/seed-examples).</summary>
public class SeedExampleTests
{
    private static FileReport Lint(string name) => new Linter().LintFile(Path.Combine(RepoPaths.Shared, "seed-examples", name))!;

    [Theory]
    [InlineData("demo.xml")]
    [InlineData("fedora-i686.xml")]
    public void Seed_example_is_clean(string name) => Assert.Empty(Lint(name).Findings);

    [Fact]
    public void Kvm_demo2_gets_the_deprecated_clock_finding_with_its_fix()
    {
        var d = Assert.Single(Lint("kvm-demo2.xml").Findings);
        Assert.Equal("QL0007", d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("offset='localtime'", d.Message, StringComparison.Ordinal);
        Assert.Contains("offset=", d.Help, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_from_native_gets_the_missing_name_finding()
    {
        var d = Assert.Single(Lint("demo.from-native.xml").Findings);
        Assert.Equal("QL0002", d.Code);
        Assert.Equal(Severity.Error, d.Severity);
    }
}
