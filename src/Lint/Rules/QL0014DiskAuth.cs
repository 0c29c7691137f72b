using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>Network disk authentication given twice or with the wrong secret type.</summary>
public sealed class QL0014DiskAuth : IRule
{
    public string Id => "QL0014";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Disk <auth> is duplicated or names the wrong secret type";

    public string Description => "<auth> may be written under <disk> (old form) or under <source> (current form), not both. Its "
        + "<secret type=...> must match the protocol: 'iscsi' secrets for iSCSI, 'ceph' secrets for RBD.";

    public string Fix => "Keep a single <auth> inside <source>, with <secret type='iscsi'> for iSCSI or type='ceph' for RBD.";

    public void Check(LintContext context)
    {
        foreach (var disk in context.DevicesNamed("disk"))
        {
            var source = disk.Child("source");
            var outer = disk.Child("auth");
            var inner = source?.Child("auth");
            if (outer is not null && inner is not null)
            {
                context.Report(outer, "<auth> is given both in <disk> and in <source>");
            }

            var protocol = source?.Attr("protocol");
            var expected = protocol switch
            {
                "iscsi" => "iscsi",
                "rbd" => "ceph",
                _ => null,
            };
            foreach (var secret in new[] { outer, inner }.Where(a => a is not null).Select(a => a!.Child("secret")))
            {
                if (expected is not null && secret?.Attr("type") is { } type && type != expected)
                {
                    context.Report(secret.Attribute("type")!, $"a {protocol} disk needs a secret of type '{expected}', not '{type}'");
                }
            }
        }
    }
}
