using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>Reported by the reader (<see cref="Linter"/>) when the file is not well-formed XML.</summary>
public sealed class QL0000MalformedXml : IRule
{
    public string Id => LintCodes.Malformed;

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "File is not well-formed XML";

    public string Description => "The XML parser stopped at this position: a tag is not closed, an attribute is not quoted, "
        + "an entity is undefined, or the file uses a DTD (DTDs are refused so that linting never fetches or expands external entities). "
        + "No other check runs on such a file.";

    public string Fix => "Correct the XML syntax at the reported line and column.";

    public void Check(LintContext context)
    {
        // The reader reports this finding; there is nothing to check on a parsed document.
    }
}
