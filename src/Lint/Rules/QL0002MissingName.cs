using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>libvirt refuses a domain without a name ("missing name information").</summary>
public sealed class QL0002MissingName : IRule
{
    public string Id => "QL0002";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Domain has no <name>";

    public string Description => "Every domain needs a <name>: libvirt identifies guests by it (virsh start NAME) and refuses to define "
        + "a domain without one. XML generated from a QEMU command line (qconv from-native, virsh domxml-from-native) has no name "
        + "when the command line had no -name option.";

    public string Fix => "Add <name>GUEST</name> as a child of <domain>, with a name unique on the host.";

    public void Check(LintContext context)
    {
        if (context.Root.Child("name") is null)
        {
            context.Report(context.Root, "domain has no <name>");
        }
    }
}
