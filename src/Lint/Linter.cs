using System.Xml;
using System.Xml.Linq;
using Qconv.Compiler.Caps;
using Qconv.Compiler.Diagnostics;
using Qconv.Lint.Config;
using Qconv.Lint.Rules;
using Qconv.Lint.Schema;

namespace Qconv.Lint;

/// <summary>
/// Lints one domain XML file: well-formedness (QL0000), the domain schema (QL0001) while the
/// document is read, then every semantic rule, then the file's suppressions and configuration.
/// Thread-safe: one instance may lint many files in parallel.
/// </summary>
public sealed class Linter
{
    /// <summary>Shared by all threads: settings are only read once a reader exists.</summary>
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
    };

    private readonly IReadOnlyList<IRule> _rules;
    private readonly LintConfigLoader _configs;
    private readonly QemuCaps? _caps;

    /// <param name="caps">The target QEMU's capabilities (--caps, --qemu-version), for the rules that depend on them.</param>
    public Linter(IReadOnlyList<IRule>? rules = null, LintConfigLoader? configs = null, QemuCaps? caps = null)
    {
        _rules = rules ?? RuleCatalog.All;
        _configs = configs ?? new LintConfigLoader();
        _caps = caps;
    }

    /// <summary>Lints a file on disk, with the <c>.qconvlint.json</c> found above it. Null when the config ignores it.</summary>
    public FileReport? LintFile(string path)
    {
        var config = _configs.ForFile(path);
        if (config.IsIgnored(Path.GetFullPath(path)))
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileReport(path, [new Diagnostic(LintCodes.Malformed, Severity.Error, $"cannot read file: {e.Message}", SourceSpan.WholeFile(path))], ReadFailed: true);
        }

        using var stream = new MemoryStream(bytes, writable: false);
        return Lint(path, stream, config, Suppressions.MayOccurIn(bytes));
    }

    /// <summary>Lints XML text (tests, stdin) with the given configuration.</summary>
    public FileReport LintText(string file, string xml, LintConfig? config = null)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml));
        return Lint(file, stream, config ?? LintConfig.Default, mayHaveSuppressions: true);
    }

    private FileReport Lint(string file, Stream stream, LintConfig config, bool mayHaveSuppressions)
    {
        var raw = new List<Diagnostic>();
        var doc = Load(file, stream, raw);
        var suppressions = Suppressions.Empty;
        if (doc?.Root is { } root)
        {
            suppressions = mayHaveSuppressions ? Suppressions.Read(doc) : Suppressions.Empty;
            if (root.Name.LocalName != "domain" || root.Name.NamespaceName.Length != 0)
            {
                raw.Add(new Diagnostic(LintCodes.Schema, Severity.Error, $"root element is <{root.Name.LocalName}>, expected <domain>", Span(file, root)));
            }
            else
            {
                var context = new LintContext(file, root, config, raw, _caps);
                foreach (var rule in _rules)
                {
                    if (config.SeverityFor(rule.Id, rule.DefaultSeverity) is not null)
                    {
                        context.Run(rule);
                    }
                }
            }
        }

        var findings = new List<Diagnostic>(raw.Count);
        foreach (var d in raw)
        {
            // Malformed XML cannot be switched off: nothing else was checked.
            var severity = d.Code == LintCodes.Malformed ? d.Severity : config.SeverityFor(d.Code, d.Severity);
            if (severity is { } s && !suppressions.IsSuppressed(d))
            {
                findings.Add(s == d.Severity ? d : d with { Severity = s });
            }
        }

        findings.Sort(static (a, b) => (a.Span?.Line ?? 0) != (b.Span?.Line ?? 0)
            ? (a.Span?.Line ?? 0).CompareTo(b.Span?.Line ?? 0)
            : (a.Span?.Column ?? 0).CompareTo(b.Span?.Column ?? 0));
        return new FileReport(file, findings);
    }

    /// <summary>
    /// Parses, then validates the tree: parsing needs no schema, so the first files are read while
    /// <see cref="DomainSchema"/> is still being read on another core.
    /// Null when the XML is not well-formed.
    /// </summary>
    private static XDocument? Load(string file, Stream stream, List<Diagnostic> sink)
    {
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(stream, ReaderSettings);
            doc = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            sink.Add(new Diagnostic(LintCodes.Malformed, Severity.Error, $"not well-formed XML: {SchemaMessages.Shorten(e.Message)}",
                new SourceSpan(file, e.LineNumber, e.LinePosition)));
            return null;
        }

        if (doc.Root is { } root)
        {
            DomainSchema.Validate(root, (node, message) => sink.Add(new Diagnostic(LintCodes.Schema, Severity.Error, message, Span(file, node))));
        }

        return doc;
    }

    private static SourceSpan Span(string file, XObject node) =>
        node is IXmlLineInfo i && i.HasLineInfo() ? new SourceSpan(file, i.LineNumber, i.LinePosition) : SourceSpan.WholeFile(file);
}
