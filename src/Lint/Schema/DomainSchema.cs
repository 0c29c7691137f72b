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

    public static XmlSchemaSet Set => LazySet.Value;

    /// <summary>Starts compiling on a worker thread, so that it overlaps finding the input files.</summary>
    public static void Warm() => ThreadPool.UnsafeQueueUserWorkItem(static _ => _ = LazySet.Value, null);

    private static XmlSchemaSet Compile()
    {
        var resolver = new EmbeddedSchemaResolver();
        var set = new XmlSchemaSet { XmlResolver = resolver };
        var readerSettings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = resolver };
        using (var stream = OpenResource("domain.xsd"))
        using (var reader = XmlReader.Create(stream, readerSettings, EmbeddedSchemaResolver.BaseUri + "domain.xsd"))
        {
            set.Add(null, reader);
        }

        set.Compile();
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
