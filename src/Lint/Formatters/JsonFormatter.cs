using System.Text.Encodings.Web;
using System.Text.Json;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Formatters;

/// <summary>
/// <c>{"files": N, "findings": [{"file", "line", "column", "severity", "code", "message", "help"}]}</c>,
/// findings in file order.
/// </summary>
public sealed class JsonFormatter : ILintFormatter
{
    public void Write(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("files", reports.Count);
            w.WriteStartArray("findings");
            foreach (var report in reports)
            {
                foreach (var d in report.Findings)
                {
                    w.WriteStartObject();
                    w.WriteString("file", LintFormatters.PortablePath(report.File));
                    w.WriteNumber("line", d.Span?.Line ?? 0);
                    w.WriteNumber("column", d.Span?.Column ?? 0);
                    w.WriteString("severity", Diagnostic.SeverityWord(d.Severity));
                    w.WriteString("code", d.Code);
                    w.WriteString("message", d.Message);
                    if (d.Help is { } help)
                    {
                        w.WriteString("help", help);
                    }

                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
