using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>Reported while reading when the document does not match src/Lint/Schema/domain.xsd.</summary>
public sealed class QL0001SchemaViolation : IRule
{
    public string Id => LintCodes.Schema;

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Document does not match the domain schema";

    public string Description => "The root must be <domain> with a known hypervisor type; <domain> and <devices> may only contain "
        + "elements libvirt knows; numbers such as PCI bus/slot/function, controller indexes, queue counts, the boot menu "
        + "timeout and USB port paths must be in range; MAC addresses and UUIDs must be well-formed.";

    public string Fix => "Correct the element or attribute named in the message (see https://libvirt.org/formatdomain.html).";

    public void Check(LintContext context)
    {
        // The schema is applied while the document is read; see Linter.
    }
}
