using System.Text.Json;
using Qconv.Compiler.Diagnostics;
using Qconv.Lint.Formatters;
using Xunit;

namespace Qconv.Lint.Tests;

public class FormatterTests
{
    private static readonly FileReport Report = new("guests/web.xml",
    [
        new Diagnostic("QL0007", Severity.Warning, "<clock sync='localtime'> is deprecated", new SourceSpan("guests/web.xml", 9, 10)) { Help = "Write offset=." },
        new Diagnostic("QL0002", Severity.Error, "domain has no <name>, 100%", new SourceSpan("guests/web.xml", 1, 2)),
    ]);

    private static string Render(ILintFormatter f)
    {
        using var w = new StringWriter();
        f.Write([Report], w);
        return w.ToString();
    }

    [Fact]
    public void Text_is_gcc_style_with_the_fix_below()
    {
        var lines = Render(new TextFormatter()).Split('\n');
        Assert.Equal("guests/web.xml:9:10: warning QL0007: <clock sync='localtime'> is deprecated", lines[0]);
        Assert.Equal("  help: Write offset=.", lines[1]);
        Assert.Equal("guests/web.xml:1:2: error QL0002: domain has no <name>, 100%", lines[2]);
    }

    [Fact]
    public void Sarif_has_the_fields_code_scanning_reads()
    {
        using var doc = JsonDocument.Parse(Render(new SarifFormatter()));
        var root = doc.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal(SarifFormatter.SchemaUri, root.GetProperty("$schema").GetString());
        var run = root.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var ql7 = rules.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "QL0007");
        Assert.False(ql7.TryGetProperty("helpUri", out _), "no helpUri unless the docs' absolute location is known");
        Assert.StartsWith("# QL0007: ", ql7.GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(ql7.GetProperty("shortDescription").GetProperty("text").GetString()));
        Assert.False(string.IsNullOrEmpty(ql7.GetProperty("fullDescription").GetProperty("text").GetString()));
        var result = run.GetProperty("results")[0];
        Assert.Equal("QL0007", result.GetProperty("ruleId").GetString());
        Assert.Equal("warning", result.GetProperty("level").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("guests/web.xml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(9, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(10, location.GetProperty("region").GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void Sarif_help_uri_is_absolute_when_the_docs_location_is_given()
    {
        using var w = new StringWriter();
        new SarifFormatter("https://example.org/qconv/docs/rules/").Write([Report], w);
        using var doc = JsonDocument.Parse(w.ToString());
        var driver = doc.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        var ql7 = driver.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "QL0007");
        Assert.Equal("https://example.org/qconv/docs/rules/QL0007.md", ql7.GetProperty("helpUri").GetString());
        Assert.True(Uri.IsWellFormedUriString(driver.GetProperty("informationUri").GetString(), UriKind.Absolute));
    }

    [Fact]
    public void GitHub_annotations_escape_data_and_properties()
    {
        var lines = Render(new GitHubFormatter()).Split('\n');
        Assert.Equal("::warning file=guests/web.xml,line=9,col=10,title=QL0007::<clock sync='localtime'> is deprecated%0AWrite offset=.", lines[0]);
        Assert.Equal("::error file=guests/web.xml,line=1,col=2,title=QL0002::domain has no <name>, 100%25", lines[1]);
    }

    [Fact]
    public void Json_lists_findings_with_position_and_code()
    {
        using var doc = JsonDocument.Parse(Render(new JsonFormatter()));
        var first = doc.RootElement.GetProperty("findings")[0];
        Assert.Equal(1, doc.RootElement.GetProperty("files").GetInt32());
        Assert.Equal("QL0007", first.GetProperty("code").GetString());
        Assert.Equal("warning", first.GetProperty("severity").GetString());
        Assert.Equal(9, first.GetProperty("line").GetInt32());
        Assert.Equal("Write offset=.", first.GetProperty("help").GetString());
    }
}
