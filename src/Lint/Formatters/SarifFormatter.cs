using System.Text.Encodings.Web;
using System.Text.Json;
using Qconv.Compiler.Diagnostics;
using Qconv.Lint.Rules;

namespace Qconv.Lint.Formatters;

/// <summary>
/// SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/) in the subset GitHub code scanning
/// reads: the rules of tool.driver with their help pages, and one result per finding with a
/// relative artifact URI and a 1-based region. Each rule carries its docs/rules page as
/// help.markdown (code scanning shows it beside the alert); helpUri is added only when the pages'
/// absolute location is known.
/// </summary>
/// <param name="docsBaseUri">Absolute base of the rule pages, ending in '/', or null (see <see cref="RuleDocs.BaseUri"/>).</param>
public sealed class SarifFormatter(string? docsBaseUri = null) : ILintFormatter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public void Write(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        var rules = RuleCatalog.All;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaUri);
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            WriteTool(w, rules);
            w.WriteStartArray("results");
            foreach (var report in reports)
            {
                foreach (var d in report.Findings)
                {
                    WriteResult(w, report, d, rules);
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private void WriteTool(Utf8JsonWriter w, IReadOnlyList<IRule> rules)
    {
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "qconv-lint");
        if (docsBaseUri is not null)
        {
            w.WriteString("informationUri", docsBaseUri);
        }

        w.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            w.WriteStartObject();
            w.WriteString("id", rule.Id);
            w.WriteString("name", RuleDocs.PascalName(rule));
            WriteText(w, "shortDescription", rule.Title);
            WriteText(w, "fullDescription", rule.Description);
            w.WriteStartObject("help");
            w.WriteString("text", rule.Fix);
            w.WriteString("markdown", RuleDocs.Page(rule, example: null));
            w.WriteEndObject();
            if (docsBaseUri is not null)
            {
                w.WriteString("helpUri", RuleDocs.PageUri(docsBaseUri, rule.Id));
            }

            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", Level(rule.DefaultSeverity));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, FileReport report, Diagnostic d, IReadOnlyList<IRule> rules)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", d.Code);
        var index = IndexOf(rules, d.Code);
        if (index >= 0)
        {
            w.WriteNumber("ruleIndex", index);
        }

        w.WriteString("level", Level(d.Severity));
        WriteText(w, "message", d.Help is { } help ? $"{d.Message}. Fix: {help}" : d.Message);
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", RelativeUri(report.File));
        w.WriteString("uriBaseId", "%SRCROOT%");
        w.WriteEndObject();
        w.WriteStartObject("region");
        w.WriteNumber("startLine", Math.Max(1, d.Span?.Line ?? 1));
        w.WriteNumber("startColumn", Math.Max(1, d.Span?.Column ?? 1));
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static int IndexOf(IReadOnlyList<IRule> rules, string id)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    private static void WriteText(Utf8JsonWriter w, string name, string text)
    {
        w.WriteStartObject(name);
        w.WriteString("text", text);
        w.WriteEndObject();
    }

    private static string Level(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static string RelativeUri(string file) =>
        Uri.EscapeDataString(LintFormatters.RelativePath(file)).Replace("%2F", "/", StringComparison.Ordinal);
}
