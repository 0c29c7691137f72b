using System.Xml;
using System.Xml.Schema;

namespace Qconv.Lint.Schema;

/// <summary>
/// The domain XSD (Schema/domain.xsd and its includes), compiled once per process on first use.
/// A compiled <see cref="XmlSchemaSet"/> is only read while validating, so all threads share it.
/// </summary>
public static class DomainSchema
{
    private const string ResourcePrefix = "Qconv.Lint.Schema.";
    private static readonly Lazy<XmlSchemaSet> LazySet = new(Compile, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Starts compiling on a thread of its own, so that it overlaps parsing the command line and the
    /// first files (a plain thread: starting the thread pool would cost more than it saves).
    /// </summary>
    public static void Warm()
    {
        if (!LazySet.IsValueCreated && Interlocked.Exchange(ref _warming, 1) == 0)
        {
            new Thread(static () => _ = LazySet.Value) { IsBackground = true, Name = "qconv-schema" }.Start();
        }
    }

    private static int _warming;

    public static XmlSchemaSet Set => LazySet.Value;

    /// <summary>True once the set is compiled: validating no longer waits for it.</summary>
    public static bool IsReady => LazySet.IsValueCreated;

    /// <summary>
    /// Validates a parsed document against the compiled set; <paramref name="report"/> gets the node
    /// at fault (the validator's sender) and the message.
    /// </summary>
    public static void Validate(System.Xml.Linq.XDocument doc, Action<System.Xml.Linq.XObject?, string> report) =>
        System.Xml.Schema.Extensions.Validate(doc, Set, (sender, e) => report(sender as System.Xml.Linq.XObject, SchemaMessages.Shorten(e.Message)));

    private static XmlSchemaSet Compile()
    {
        LintTiming.Mark("schema: compile starts");
        var resolver = new EmbeddedSchemaResolver();
        var set = new XmlSchemaSet { XmlResolver = resolver };
        var readerSettings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = resolver };
        using (var stream = OpenResource("domain.xsd"))
        using (var reader = XmlReader.Create(stream, readerSettings, EmbeddedSchemaResolver.BaseUri + "domain.xsd"))
        {
            set.Add(null, reader);
        }

        set.Compile();
        LintTiming.Mark("schema: compiled");
        return set;
    }

    internal static Stream OpenResource(string fileName) =>
        LintAssembly.Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
        ?? throw new InvalidOperationException($"embedded schema {fileName} is missing from the build");

    /// <summary>Resolves xs:include locations to the embedded schema files; nothing else is reachable.</summary>
    private sealed class EmbeddedSchemaResolver : XmlResolver
    {
        public const string BaseUri = "qconv-schema:///";

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            var name = absoluteUri.Segments[^1];
            return OpenResource(name);
        }

        public override Uri ResolveUri(Uri? baseUri, string? relativeUri) =>
            new(new Uri(BaseUri), relativeUri ?? string.Empty);
    }
}
