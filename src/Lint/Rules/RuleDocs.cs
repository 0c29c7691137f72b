using System.Text;
using System.Text.RegularExpressions;

namespace Qconv.Lint.Rules;

/// <summary>Where each rule's page lives (docs/rules/QLxxxx.md) and how the page reads.</summary>
public static partial class RuleDocs
{
    /// <summary>Names the environment variable that gives the rule pages' published location.</summary>
    public const string DocsUrlVariable = "QCONV_LINT_DOCS_URL";

    /// <summary>
    /// Where the rule pages (docs/rules/QLxxxx.md) are published, from QCONV_LINT_DOCS_URL, ending in '/';
    /// null when unset or not an absolute URI. SARIF's helpUri must be absolute (SARIF 2.1.0 §3.49.12),
    /// and qconv cannot know where a fork or mirror publishes its docs, so without it no URI is written
    /// and the page itself travels in the SARIF file instead (help.markdown).
    /// </summary>
    public static string? BaseUri =>
        Environment.GetEnvironmentVariable(DocsUrlVariable) is { Length: > 0 } u
        && Uri.TryCreate(u.TrimEnd('/') + "/", UriKind.Absolute, out var uri) ? uri.AbsoluteUri : null;

    public static string PageUri(string baseUri, string id) => baseUri + id + ".md";

    /// <summary>"QL0007DeprecatedClockSync" gives "DeprecatedClockSync".</summary>
    public static string PascalName(IRule rule)
    {
        var name = rule.GetType().Name;
        return name.StartsWith(rule.Id, StringComparison.Ordinal) ? name[rule.Id.Length..] : name;
    }

    /// <summary>The Markdown page of a rule; <paramref name="example"/> is a failing XML case, when one exists.</summary>
    public static string Page(IRule rule, string? example)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(rule.Id).Append(": ").Append(Code(rule.Title)).Append("\n\n");
        sb.Append("- **Severity**: ").Append(rule.DefaultSeverity.ToString().ToLowerInvariant()).Append('\n');
        sb.Append("- **Name**: `").Append(PascalName(rule)).Append("`\n\n");
        sb.Append("## What and why\n\n").Append(Code(rule.Description)).Append("\n\n");
        sb.Append("## How to fix\n\n").Append(Code(rule.Fix)).Append("\n\n");
        if (example is not null)
        {
            sb.Append("## Example\n\n```xml\n").Append(example.TrimEnd()).Append("\n```\n\n");
        }

        sb.Append("## Suppressing\n\n")
          .Append("Put `<!-- qconv-lint disable ").Append(rule.Id).Append(" -->` before the element (before `<domain>` for the whole file), ")
          .Append("or set `\"").Append(rule.Id).Append("\": \"off\"` under `rules` in `.qconvlint.json`.\n");
        return sb.ToString();
    }

    /// <summary>Element snippets such as &lt;clock sync=...&gt; become code spans, so Markdown shows them instead of eating them as HTML.</summary>
    private static string Code(string text) => ElementSnippet().Replace(text, "`$0`");

    [GeneratedRegex("<[^<>]+>", RegexOptions.CultureInvariant)]
    private static partial Regex ElementSnippet();
}
