namespace Qconv.Lint;

/// <summary>The two findings that do not come from a rule class (documented in docs/rules/).</summary>
public static class LintCodes
{
    /// <summary>The file is not well-formed XML (or cannot be read as XML at all).</summary>
    public const string Malformed = "QL0000";

    /// <summary>The document does not match the domain schema (src/Lint/Schema/domain.xsd).</summary>
    public const string Schema = "QL0001";
}
