using System.Xml.Linq;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.DomainXml;
using Qconv.Compiler.DomainXml.Writers;
using Qconv.Compiler.Passes;
using Qconv.Compiler.ToNative;
using Qconv.TestSupport;
using Xunit;

namespace Qconv.Compiler.Tests.ToNative;

/// <summary>
/// No domain XML crashes to-native: every guest of the lint corpus (all architectures, valid or not)
/// and damaged copies of it, with every k-th element removed or every k-th attribute given an odd
/// value (empty, negative, zero, past 32 or 64 bits, not a number, malformed hex), must end in a command line or in diagnostics,
/// and so must <c>qconv normalize</c> of it. An empty octal fmode= once threw from Convert.ToInt32.
/// </summary>
public class ToNativeRobustnessTests
{
    private static readonly int[] Strides = [2, 3, 5, 7];

    private static readonly string[] OddValues = ["", "-1", "0", "99999999999999999999", "x", "0x", "4294967296", "-0", " 1", "0x1g", "yes", "on", "a/b", "9223372036854775807", "65536", "256", "0xffffffffff", "1.5"];

    [Fact]
    public void Lint_corpus_guests_and_damaged_copies_never_crash()
    {
        var crashes = new List<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(RepoPaths.Corpus("libvirt-9.0"), "lint"), "*.xml").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path);
            var name = Path.GetFileName(path);
            Compile(text, name, "as is", crashes);
            XDocument original;
            try
            {
                original = XDocument.Parse(text);
            }
            catch (System.Xml.XmlException)
            {
                continue;
            }

            foreach (var k in Strides)
            {
                Compile(WithoutEveryKthElement(original, k), name, $"every {k}th element removed", crashes);
                Compile(WithOddAttributes(original, k), name, $"every {k}th attribute odd", crashes);
            }
        }

        Assert.True(crashes.Count == 0, $"{crashes.Count} crashes:\n" + string.Join("\n", crashes.Take(40)));
    }

    private static void Compile(string xml, string name, string variant, List<string> crashes)
    {
        try
        {
            ToNativeCompiler.Compile(new CompileRequest(xml, name, TestCompilation.LatestCaps, TestCompilation.Config, TestCompilation.Host));

            // qconv normalize: the define-time passes and the XML writer.
            var bag = new DiagnosticBag();
            if (DomainXmlReader.Read(xml, name, bag) is { } domain && !bag.HasErrors)
            {
                var ctx = new CompilationContext(TestCompilation.LatestCaps, TestCompilation.Config, TestCompilation.Host, bag, name);
                var normalized = PassPipeline.Run(domain, ctx);
                if (!bag.HasErrors)
                {
                    DomainXmlWriter.Write(normalized);
                }
            }
        }
#pragma warning disable CA1031 // Any exception is the failure this test looks for.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            crashes.Add($"{name} ({variant}): {ex.GetType().Name}: {ex.Message} {ex.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}");
        }
    }

    private static string WithoutEveryKthElement(XDocument original, int k)
    {
        var copy = new XDocument(original);
        var doomed = copy.Root!.Descendants().Where((_, i) => i % k == k - 1).ToList();
        foreach (var e in doomed)
        {
            e.Remove();
        }

        return copy.ToString();
    }

    private static string WithOddAttributes(XDocument original, int k)
    {
        var copy = new XDocument(original);
        var i = 0;
        foreach (var a in copy.Root!.DescendantsAndSelf().SelectMany(e => e.Attributes()).Where(a => !a.IsNamespaceDeclaration).ToList())
        {
            if (i++ % k == k - 1)
            {
                a.Value = OddValues[i % OddValues.Length];
            }
        }

        return copy.ToString();
    }
}
