using Xunit;

namespace Qconv.Lint.Tests;

/// <summary>
/// The schema check (QL0001) follows XSD 1.0 semantics for the subset domain.xsd uses. These cases
/// gave the same positions with System.Xml.Schema's validator, which qconv used before it read the
/// XSD itself (see src/Lint/Schema/SchemaLoader.cs).
/// </summary>
public class SchemaValidatorTests
{
    [Theory]
    // An undeclared child of <domain>; children of other namespaces are skipped.
    [InlineData("<domain type='kvm'><name>x</name><bogus/></domain>", "1:35")]
    [InlineData("<domain type='kvm' xmlns:q='urn:q'><name>x</name><q:commandline><q:arg/></q:commandline></domain>", "")]
    // Undeclared attributes: an error on <domain> unless namespaced; xml:* always allowed.
    [InlineData("<domain type='kvm' foo='bar'><name>x</name></domain>", "1:20")]
    [InlineData("<domain type='kvm' xmlns:x='urn:x' x:foo='bar' xml:lang='en'><name>x</name></domain>", "")]
    [InlineData("<domain><name>x</name></domain>", "1:2")]
    // Text: not in element-only content, not even whitespace in empty content.
    [InlineData("<domain type='kvm'>hello<name>x</name></domain>", "1:2")]
    [InlineData("<domain type='kvm'><os><boot dev='hd'> </boot></os></domain>", "1:25")]
    // Simple content is typed; global elements are checked at any depth of lax content, also under foreign elements.
    [InlineData("<domain type='kvm'><memory unit='KiB'>abc</memory><on_poweroff>explode</on_poweroff></domain>", "1:21 1:52")]
    [InlineData("<domain type='kvm'><devices><disk><a><b><address slot='99'/></b></a></disk></devices></domain>", "1:50")]
    [InlineData("<domain type='kvm'><metadata><x:y xmlns:x='urn:x'><address slot='0x1f'/><boot order='0'/></x:y></metadata></domain>", "1:79")]
    public void Positions_of_schema_findings(string xml, string expected)
    {
        var report = new Linter().LintText("case.xml", xml);
        var actual = report.Findings.Where(d => d.Code == LintCodes.Schema).Select(d => $"{d.Span?.Line}:{d.Span?.Column}");
        Assert.Equal(expected, string.Join(' ', actual));
    }
}
