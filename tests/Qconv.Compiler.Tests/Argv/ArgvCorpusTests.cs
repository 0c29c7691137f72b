using Qconv.Compiler.Argv;
using Qconv.Compiler.Diagnostics;
using Qconv.TestSupport;
using Xunit;

namespace Qconv.Compiler.Tests.Argv;

/// <summary>Every command line of the shared corpora parses without an error diagnostic.</summary>
public class ArgvCorpusTests
{
    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>();
        foreach (var (corpus, sub) in new[] { ("libvirt-9.0", "conv"), ("libvirt-argv2xml", ".") })
        {
            var dir = Path.Combine(RepoPaths.Corpus(corpus), sub);
            foreach (var path in Directory.EnumerateFiles(dir, "*.args").Order(StringComparer.Ordinal))
            {
                data.Add(corpus, Path.GetRelativePath(RepoPaths.Corpus(corpus), path));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Parses_without_errors(string corpus, string file)
    {
        var path = Path.Combine(RepoPaths.Corpus(corpus), file);
        var diagnostics = new DiagnosticBag();
        var line = ArgvParser.Parse(File.ReadAllText(path), path, diagnostics);

        var errors = diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));
        Assert.NotNull(line.Binary);
        Assert.StartsWith("/usr/bin/qemu", line.Binary!.Text, StringComparison.Ordinal);
        Assert.NotEmpty(line.Options);
        // Every JSON or key=value option value was read into properties.
        Assert.All(
            line.Options.Where(o => o.Value is not null && o.Spec?.Syntax is Compiler.Argv.Values.ValueSyntax.KeyValue or Compiler.Argv.Values.ValueSyntax.JsonOrKeyValue),
            o => Assert.NotNull(o.Properties));
    }

    [Fact]
    public void Both_corpora_are_present()
    {
        Assert.True(Files().Count > 300, "expected the libvirt-9.0 and libvirt-argv2xml corpora under ../shared");
    }
}
