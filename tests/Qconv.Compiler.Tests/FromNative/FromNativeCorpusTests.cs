using Qconv.Compiler.FromNative;
using Qconv.Compiler.FromNative.Conformance;
using Qconv.TestSupport;
using Xunit;

namespace Qconv.Compiler.Tests.FromNative;

/// <summary>The acceptance figures of from-native over the shared seed and corpora.</summary>
public class FromNativeCorpusTests
{
    [Fact]
    public void Seed_demo_matches_the_seed_xml_except_the_added_name()
    {
        var seed = Path.Combine(RepoPaths.Shared, "seed-examples");
        var result = FromNativeCompiler.Compile(File.ReadAllText(Path.Combine(seed, "demo.args")), "demo.args", new FromNativeOptions { FallbackName = "demo" });
        Assert.NotNull(result.Domain);
        Assert.Contains(result.Diagnostics, d => d.Code == "QC0505");
        var withoutName = Qconv.Compiler.DomainXml.Writers.DomainXmlWriter.Write(result.Domain! with { Name = null });
        Assert.Null(XmlCanonicalizer.FirstDifference(File.ReadAllText(Path.Combine(seed, "demo.from-native.xml")), withoutName));
    }

    [Fact]
    public void At_least_ninety_percent_of_libvirt_argv2xml_pairs_match()
    {
        var folder = RepoPaths.Corpus("libvirt-argv2xml");
        var runner = new FromNativeConformance(null, new Qconv.Compiler.Config.DriverConfig(), new Qconv.Compiler.Host.LibvirtTestHost());
        var cases = FromNativeConformance.Discover(folder, forceRoundTrip: false);
        Assert.All(cases, c => Assert.Equal(ConformanceKind.Pair, c.Kind));
        var failed = cases.Select(runner.Run).Where(r => !r.Passed).Select(r => $"{r.Case.Name}: {r.Detail}").ToList();
        Assert.True(failed.Count * 10 <= cases.Count, $"{failed.Count} of {cases.Count} failed:\n{string.Join('\n', failed)}");
    }

    [Fact]
    public void Libvirt_90_conv_folder_is_read_as_round_trips()
    {
        var cases = FromNativeConformance.Discover(Path.Combine(RepoPaths.Corpus("libvirt-9.0"), "conv"), forceRoundTrip: false);
        Assert.NotEmpty(cases);
        Assert.All(cases, c => Assert.Equal(ConformanceKind.RoundTrip, c.Kind));
    }
}
