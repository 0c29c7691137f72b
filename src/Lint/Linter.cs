using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
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
    /// <summary>
    /// Shared by all threads: settings are only read once a reader exists. Indentation between elements
    /// is dropped while reading: it is a text node per line (an allocation each, and one more node for
    /// the validator to visit) that no check reads; whitespace inside an element with text is kept.
    /// Comments stay: suppression directives are comments.
    /// </summary>
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
    };

    /// <summary>
    /// Per thread: settings with a name table of their own that lives across files, so that each file's
    /// element and attribute names (the same few dozen in every guest) are found rather than added again
    /// to a fresh table per reader. A NameTable is not safe for concurrent writers, hence one per thread.
    /// </summary>
    [ThreadStatic]
    private static XmlReaderSettings? _threadReaderSettings;

    private static XmlReaderSettings ThreadReaderSettings
    {
        get
        {
            if (_threadReaderSettings is null)
            {
                var settings = ReaderSettings.Clone();
                settings.NameTable = new NameTable();
                _threadReaderSettings = settings;
            }

            return _threadReaderSettings;
        }
    }

    private readonly IReadOnlyList<IRule> _rules;
    private readonly LintConfigLoader _configs;
    private readonly QemuCaps? _caps;

    /// <summary>The working directory, read once rather than by every GetFullPath of a relative path.</summary>
    private readonly string _cwd = Directory.GetCurrentDirectory();

    /// <param name="caps">The target QEMU's capabilities (--caps, --qemu-version), for the rules that depend on them.</param>
    public Linter(IReadOnlyList<IRule>? rules = null, LintConfigLoader? configs = null, QemuCaps? caps = null)
    {
        _rules = rules ?? RuleCatalog.All;
        _configs = configs ?? new LintConfigLoader();
        _caps = caps;
    }

    /// <summary>Lints a file on disk, with the <c>.qconvlint.json</c> found above it. Null when the config ignores it.</summary>
    public FileReport? LintFile(string path) => Parse(path) is { } parsed ? Finish(parsed) : null;

    /// <summary>Lints XML text (tests, stdin) with the given configuration.</summary>
    public FileReport LintText(string file, string xml, LintConfig? config = null) =>
        Finish(Parse(file, System.Text.Encoding.UTF8.GetBytes(xml), config ?? LintConfig.Default, mayHaveSuppressions: true));

    /// <summary>
    /// The first half of <see cref="LintFile"/>: reads and parses the file, which needs no schema (so it
    /// can run while the schema compiles). Null when the config ignores the file.
    /// </summary>
    internal ParsedFile? Parse(string path)
    {
        var fullPath = Path.GetFullPath(path, _cwd);
        var config = _configs.ForFullPath(fullPath);
        if (config.IsIgnored(fullPath))
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
            return new ParsedFile(path, [], config, null, [], new FileReport(path, [new Diagnostic(LintCodes.Malformed, Severity.Error, $"cannot read file: {e.Message}", SourceSpan.WholeFile(path))], ReadFailed: true));
        }

        return Parse(path, bytes, config, Suppressions.MayOccurIn(bytes));
    }

    private static ParsedFile Parse(string file, byte[] bytes, LintConfig config, bool mayHaveSuppressions)
    {
        var raw = new List<Diagnostic>();
        var t0 = LintTiming.Enabled ? System.Diagnostics.Stopwatch.GetTimestamp() : 0;
        // Suppression ranges are measured on the tree, so a file with directives keeps line info on every node.
        var doc = Load(file, bytes, mayHaveSuppressions, raw);
        LintTiming.Add(0, LintTiming.Enabled ? System.Diagnostics.Stopwatch.GetTimestamp() - t0 : 0);
        return new ParsedFile(file, bytes, config, doc, raw, null) { MayHaveSuppressions = mayHaveSuppressions };
    }

    /// <summary>The second half of <see cref="LintFile"/>: schema, rules, suppressions and configuration.</summary>
    internal FileReport Finish(ParsedFile parsed)
    {
        if (parsed.Done is { } done)
        {
            return done;
        }

        var (file, bytes, config, doc, raw) = (parsed.File, parsed.Bytes, parsed.Config, parsed.Doc, parsed.Raw);
        var mayHaveSuppressions = parsed.MayHaveSuppressions;
        var t1 = LintTiming.Enabled ? System.Diagnostics.Stopwatch.GetTimestamp() : 0;
        long t2 = t1, t3 = t1;
        var suppressions = Suppressions.Empty;
        if (doc?.Root is { } root)
        {
            var positions = new NodePositions(file, bytes, doc);
            suppressions = mayHaveSuppressions ? Suppressions.Read(doc) : Suppressions.Empty;
            if (root.Name.LocalName != "domain" || root.Name.NamespaceName.Length != 0)
            {
                raw.Add(new Diagnostic(LintCodes.Schema, Severity.Error, $"root element is <{root.Name.LocalName}>, expected <domain>", positions.SpanOf(root)));
            }
            else
            {
                // Parsing needed no schema, so the first files were read while DomainSchema was still being read on another core.
                DomainSchema.Validate(doc, (node, message) => raw.Add(new Diagnostic(LintCodes.Schema, Severity.Error, message, node is null ? SourceSpan.WholeFile(file) : positions.SpanOf(node))));
                t2 = LintTiming.Enabled ? System.Diagnostics.Stopwatch.GetTimestamp() : 0;
                var context = new LintContext(file, root, config, raw, positions, _caps);
                foreach (var rule in _rules)
                {
                    if (config.SeverityFor(rule.Id, rule.DefaultSeverity) is not null)
                    {
                        context.Run(rule);
                    }
                }

                t3 = LintTiming.Enabled ? System.Diagnostics.Stopwatch.GetTimestamp() : 0;
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
        if (LintTiming.Enabled)
        {
            LintTiming.AddFile(t2 - t1, t3 - t2);
            LintTiming.Add(3, System.Diagnostics.Stopwatch.GetTimestamp() - t3);
        }

        return new FileReport(file, findings);
    }

    /// <summary>Parses <paramref name="bytes"/>; null when the XML is not well-formed.</summary>
    private static XDocument? Load(string file, byte[] bytes, bool lineInfo, List<Diagnostic> sink)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), ThreadReaderSettings);
            return XDocument.Load(reader, lineInfo ? LoadOptions.SetLineInfo : LoadOptions.None);
        }
        catch (XmlException e)
        {
            sink.Add(new Diagnostic(LintCodes.Malformed, Severity.Error, $"not well-formed XML: {SchemaMessages.Shorten(e.Message)}",
                new SourceSpan(file, e.LineNumber, e.LinePosition)));
            return null;
        }
    }

    /// <summary>A file read and parsed, waiting for <see cref="Finish"/>; <c>Done</c> is set when reading it failed.</summary>
    internal sealed record ParsedFile(string File, byte[] Bytes, LintConfig Config, XDocument? Doc, List<Diagnostic> Raw, FileReport? Done)
    {
        public bool MayHaveSuppressions { get; init; }
    }
}
