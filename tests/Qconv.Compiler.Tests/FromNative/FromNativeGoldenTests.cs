using Qconv.Compiler.FromNative;
using Qconv.TestSupport;
using Xunit;

namespace Qconv.Compiler.Tests.FromNative;

/// <summary>
/// Snapshot tests over testdata/from-native/X.args: the lifted domain XML (X.verified.xml) followed
/// by nothing else, and every diagnostic (X.verified.err) — for accepted lines the warnings, for
/// rejected ones the errors with their columns.
/// </summary>
public class FromNativeGoldenTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Path.Combine(RepoPaths.TestData, "from-native"), "*.args").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(f));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lifts_to_the_verified_xml_and_diagnostics(string name)
    {
        var path = Path.Combine(RepoPaths.TestData, "from-native", name);
        var stem = Path.ChangeExtension(path, null);
        var result = FromNativeCompiler.Compile(File.ReadAllText(path), name, new FromNativeOptions { FallbackName = Path.GetFileNameWithoutExtension(name) });
        Snapshot.Match(string.Concat(result.Diagnostics.Select(d => d + "\n")), stem + ".verified.err");
        if (result.Xml is { } xml)
        {
            Snapshot.Match(xml, stem + ".verified.xml");
        }
        else
        {
            Assert.False(File.Exists(stem + ".verified.xml"), "a verified XML exists but the command line was rejected");
        }
    }
}
