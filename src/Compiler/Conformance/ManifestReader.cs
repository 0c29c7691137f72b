using System.Globalization;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Conformance;

/// <summary>
/// Reads conv/MANIFEST.tsv: a header row, then <c>name, expect, extra_harness_args, qemu_conf_overrides</c>
/// separated by tabs (trailing empty columns may be left out). Rows with problems are reported and skipped.
/// </summary>
internal static class ManifestReader
{
    private static readonly string[] Header = ["name", "expect", "extra_harness_args", "qemu_conf_overrides"];

    public static List<ToNativeCase> Read(string manifestPath, string convDir, DiagnosticBag bag)
    {
        var lines = File.ReadAllLines(manifestPath);
        var cases = new List<ToNativeCase>();
        if (lines.Length == 0 || !lines[0].Split('\t').SequenceEqual(Header))
        {
            bag.Error(HarnessCodes.Manifest, new SourceSpan(manifestPath, 1, 1), $"manifest header must be: {string.Join(" TAB ", Header)}");
            return cases;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            if (ReadRow(lines[i], i + 1, manifestPath, convDir, bag) is not { } row)
            {
                continue;
            }

            var n = seen[row.Name] = seen.GetValueOrDefault(row.Name) + 1;
            cases.Add(n == 1 ? row : row with { Id = row.Name + "#" + n.ToString(CultureInfo.InvariantCulture) });
        }

        return cases;
    }

    private static ToNativeCase? ReadRow(string line, int lineNo, string manifestPath, string convDir, DiagnosticBag bag)
    {
        var cols = line.Split('\t');
        var at = new SourceSpan(manifestPath, lineNo, 1);
        if (cols.Length < 2 || cols.Length > Header.Length || cols[0].Length == 0)
        {
            bag.Error(HarnessCodes.Manifest, at, $"expected 2 to {Header.Length} tab-separated columns starting with a name");
            return null;
        }

        var name = cols[0];
        if (ToNativeExpectationNames.FromManifest(cols[1]) is not { } expect)
        {
            bag.Error(HarnessCodes.Manifest, at with { Column = name.Length + 2 }, $"unknown expectation '{cols[1]}' (args, parse-error or failure)");
            return null;
        }

        var harnessText = cols.Length > 2 ? cols[2] : string.Empty;
        var harnessAt = at with { Column = name.Length + cols[1].Length + 3 };
        if (HarnessArgs.Parse(harnessText, harnessAt, bag) is not { } harness)
        {
            return null;
        }

        var xml = Path.Combine(convDir, name + ".xml");
        if (!File.Exists(xml))
        {
            bag.Error(HarnessCodes.MissingFile, at, $"case '{name}' has no {name}.xml");
            return null;
        }

        var expected = Path.Combine(convDir, name + (expect == ToNativeExpectation.Args ? ".x86_64-latest.args" : ".x86_64-latest.err"));
        if (expect == ToNativeExpectation.Args && !File.Exists(expected))
        {
            bag.Error(HarnessCodes.MissingFile, at, $"case '{name}' expects a command line but {Path.GetFileName(expected)} is missing");
            return null;
        }

        var conf = Path.Combine(convDir, name + ".qemu.conf");
        return new ToNativeCase(
            name,
            name,
            expect,
            harness,
            cols.Length > 3 ? cols[3] : string.Empty,
            xml,
            File.Exists(expected) ? expected : null,
            File.Exists(conf) ? conf : null,
            lineNo);
    }
}
