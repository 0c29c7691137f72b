namespace Qconv.Lint.Schema;

/// <summary>
/// The domain XSD (Schema/domain.xsd and its includes, embedded), read once per process on first
/// use into immutable declarations that all threads share.
/// </summary>
public static class DomainSchema
{
    private const string ResourcePrefix = "Qconv.Lint.Schema.";
    private static readonly Lazy<Dictionary<string, ElementDecl>> LazyGlobals =
        new(() => SchemaLoader.Load("domain.xsd", OpenResource), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Starts reading the schema on a thread of its own, so that it overlaps parsing the command line
    /// and the first files (a plain thread: starting the thread pool would cost more than it saves).
    /// </summary>
    public static void Warm()
    {
        if (!LazyGlobals.IsValueCreated && Interlocked.Exchange(ref _warming, 1) == 0)
        {
            new Thread(static () => _ = LazyGlobals.Value) { IsBackground = true, Name = "qconv-schema" }.Start();
        }
    }

    private static int _warming;

    /// <summary>Reports every place where <paramref name="root"/> departs from the schema.</summary>
    public static void Validate(System.Xml.Linq.XElement root, Action<System.Xml.Linq.XObject, string> report) =>
        SchemaValidator.Validate(root, LazyGlobals.Value, report);

    internal static Stream OpenResource(string fileName) =>
        LintAssembly.Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
        ?? throw new InvalidOperationException($"embedded schema {fileName} is missing from the build");
}
