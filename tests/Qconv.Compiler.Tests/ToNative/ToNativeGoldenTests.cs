using Qconv.Compiler.DomainXml;
using Qconv.Compiler.DomainXml.Writers;
using Qconv.Compiler.Native.Writers;
using Qconv.Compiler.Passes;
using Qconv.Compiler.ToNative;
using Qconv.TestSupport;
using Xunit;

namespace Qconv.Compiler.Tests.ToNative;

/// <summary>
/// Snapshot tests over testdata/to-native/**/X.xml (→ X.verified.args; a guest that must be
/// rejected has X.verified.err with its diagnostics) and testdata/normalize/**/X.xml (→ X.verified.xml).
/// </summary>
public class ToNativeGoldenTests
{
    public static TheoryData<string> ToNativeCases => TestCompilation.Cases("to-native");

    public static TheoryData<string> NormalizeCases => TestCompilation.Cases("normalize");

    [Theory]
    [MemberData(nameof(ToNativeCases))]
    public void Compiles_to_the_verified_command_line(string relativePath)
    {
        var path = Path.Combine(RepoPaths.TestData, "to-native", relativePath);
        var result = ToNativeCompiler.Compile(new CompileRequest(File.ReadAllText(path), relativePath, TestCompilation.LatestCaps, TestCompilation.Config, TestCompilation.Host));
        var stem = Path.ChangeExtension(path, null);
        if (result.CommandLine is null)
        {
            Snapshot.Match(string.Join('\n', result.Diagnostics) + "\n", stem + ".verified.err");
        }
        else
        {
            Snapshot.Match(ArgvWriter.Write(result.CommandLine), stem + ".verified.args");
        }
    }

    [Theory]
    [MemberData(nameof(NormalizeCases))]
    public void Normalizes_to_the_verified_xml(string relativePath)
    {
        var path = Path.Combine(RepoPaths.TestData, "normalize", relativePath);
        var bag = new Qconv.Compiler.Diagnostics.DiagnosticBag();
        var domain = DomainXmlReader.Read(File.ReadAllText(path), relativePath, bag);
        Assert.NotNull(domain);
        var ctx = new CompilationContext(TestCompilation.LatestCaps, TestCompilation.Config, TestCompilation.Host, bag, relativePath);
        var normalized = PassPipeline.Run(domain, ctx);
        Assert.False(bag.HasErrors, string.Join('\n', bag));
        Snapshot.Match(DomainXmlWriter.Write(normalized), Path.ChangeExtension(path, null) + ".verified.xml");
    }
}
