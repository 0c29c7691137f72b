using Qconv.Compiler.Caps;
using Qconv.Compiler.Config;
using Qconv.Compiler.Host;
using Qconv.Compiler.ToNative;

namespace Qconv.Compiler.FromNative.Conformance;

/// <summary>
/// Runs from-native over a corpus folder: <c>NAME.args</c> with a <c>NAME.xml</c> beside it is a
/// pair (the XML is the expected output, compared canonically, with libvirt 2019's defaults and the
/// nil UUID its harness forced); an <c>.args</c> without one — or every case with
/// forceRoundTrip, for corpora whose .xml files are to-native inputs — is a round
/// trip through to-native with the given capabilities, configuration and host.
/// (forceRoundTrip is a parameter of <see cref="Discover"/>.)
/// </summary>
public sealed class FromNativeConformance(QemuCaps? caps, DriverConfig config, IHost host)
{
    /// <summary>
    /// libvirt's argv-to-XML test (tests/qemuargv2xmltest.c) overwrote every parsed UUID with this
    /// one before formatting, so its expected files all carry it whatever the command line said.
    /// </summary>
    public const string HarnessUuid = "c7a5fdbd-edaf-9455-926a-d65c16db1809";

    public static IReadOnlyList<ConformanceCase> Discover(string folder, bool forceRoundTrip)
    {
        var cases = new List<ConformanceCase>();
        foreach (var args in Directory.EnumerateFiles(folder, "*.args").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(args);
            var xml = Path.Combine(folder, stem + ".xml");
            var pair = !forceRoundTrip && File.Exists(xml);
            cases.Add(new ConformanceCase(stem, args, pair ? xml : null, pair ? ConformanceKind.Pair : ConformanceKind.RoundTrip));
        }

        return cases;
    }

    public ConformanceResult Run(ConformanceCase c)
    {
        var text = File.ReadAllText(c.ArgsPath);
        try
        {
            return c.Kind == ConformanceKind.Pair ? RunPair(c, text) : RunRoundTrip(c, text);
        }
#pragma warning disable CA1031 // A crash in one case (either direction) is that case's failure, not the run's.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new ConformanceResult(c, false, $"crashed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private static ConformanceResult RunPair(ConformanceCase c, string text)
    {
        var result = FromNativeCompiler.Compile(text, c.ArgsPath, new FromNativeOptions { Libvirt2019Defaults = true, FallbackName = c.Name });
        if (result.Domain is null)
        {
            return new ConformanceResult(c, false, FirstError(result.Diagnostics));
        }

        var xml = DomainXml.Writers.DomainXmlWriter.Write(result.Domain with { Uuid = HarnessUuid });

        var difference = XmlCanonicalizer.FirstDifference(File.ReadAllText(c.ExpectedXmlPath!), xml);
        return new ConformanceResult(c, difference is null, difference);
    }

    private ConformanceResult RunRoundTrip(ConformanceCase c, string text)
    {
        if (caps is null)
        {
            return new ConformanceResult(c, false, "no capabilities for the to-native side (--caps)");
        }

        var lifted = FromNativeCompiler.Compile(text, c.ArgsPath, new FromNativeOptions { Uuid = UuidWhenAbsent.Omit, FallbackName = c.Name, Host = host });
        if (lifted.Domain is null)
        {
            return new ConformanceResult(c, false, "from-native: " + FirstError(lifted.Diagnostics));
        }

        var compiled = ToNativeCompiler.Compile(new CompileRequest(lifted.Xml!, c.ArgsPath, caps, config, host));
        if (compiled.CommandLine is null)
        {
            return new ConformanceResult(c, false, "to-native: " + FirstError(compiled.Diagnostics));
        }

        var bag = new Diagnostics.DiagnosticBag();
        var original = Argv.ArgvParser.Parse(text, c.ArgsPath, bag);
        var expected = new List<string> { original.Binary?.Text ?? string.Empty };
        foreach (var o in original.Options)
        {
            expected.AddRange(o.Words);
        }

        var actual = compiled.CommandLine.Argv().ToList();
        return new ConformanceResult(c, expected.SequenceEqual(actual), FirstArgvDifference(expected, actual));
    }

    private static string? FirstArgvDifference(List<string> expected, List<string> actual)
    {
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var e = i < expected.Count ? expected[i] : "<end>";
            var a = i < actual.Count ? actual[i] : "<end>";
            if (e != a)
            {
                return $"word {i}: expected `{e}` but got `{a}`";
            }
        }

        return null;
    }

    private static string FirstError(IEnumerable<Diagnostics.Diagnostic> diagnostics) =>
        diagnostics.FirstOrDefault(d => d.Severity == Diagnostics.Severity.Error)?.ToString() ?? "failed";
}
