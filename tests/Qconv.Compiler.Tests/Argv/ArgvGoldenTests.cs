using Qconv.Compiler.Argv;
using Qconv.Compiler.Diagnostics;
using Qconv.TestSupport;
using Xunit;

namespace Qconv.Compiler.Tests.Argv;

/// <summary>
/// testdata/argv/NAME.args → the printed AST and diagnostics, compared with NAME.verified.txt.
/// </summary>
public class ArgvGoldenTests
{
    private static string Dir => Path.Combine(RepoPaths.TestData, "argv");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Dir, "*.args").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parses_to_the_verified_ast(string name)
    {
        var text = File.ReadAllText(Path.Combine(Dir, name + ".args"));
        var diagnostics = new DiagnosticBag();
        var line = ArgvParser.Parse(text, name + ".args", diagnostics);
        Snapshot.Match(ArgvAstPrinter.Print(line, diagnostics), Path.Combine(Dir, name + ".verified.txt"));
    }

    [Fact]
    public void There_are_golden_cases()
    {
        Assert.True(Cases().Count >= 10, $"expected golden cases in {Dir}");
    }
}
