using System.Xml.Linq;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>s390 zPCI identifiers (uid, fid) of PCI devices.</summary>
public sealed class QL0023Zpci : IRule
{
    public string Id => "QL0023";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "zPCI identifiers are invalid or duplicated";

    public string Description => "On s390x each PCI device has a zPCI user-defined id (uid, 0x0001-0xffff) and function id (fid); "
        + "both must be unique within the guest. <zpci> only exists on s390x guests.";

    public string Fix => "Use a uid between 0x0001 and 0xffff, unique uid and fid values, and no <zpci> on other architectures.";

    public void Check(LintContext context)
    {
        var uids = new Dictionary<long, XElement>();
        var fids = new Dictionary<long, XElement>();
        foreach (var zpci in context.Devices.Select(d => d.Child("address")?.Child("zpci")).OfType<XElement>())
        {
            if (!context.IsS390)
            {
                context.Report(zpci, $"<zpci> is only supported on s390x guests, not on {context.Arch}");
                continue;
            }

            if (zpci.Number("uid") is { } uid)
            {
                if (uid is < 1 or > 0xffff)
                {
                    context.Report(zpci.Attribute("uid")!, $"zPCI uid {zpci.Attr("uid")} is outside 0x0001-0xffff");
                }
                else if (!uids.TryAdd(uid, zpci))
                {
                    context.Report(zpci.Attribute("uid")!, $"zPCI uid {zpci.Attr("uid")} is used twice");
                }
            }

            if (zpci.Number("fid") is { } fid && !fids.TryAdd(fid, zpci))
            {
                context.Report(zpci.Attribute("fid")!, $"zPCI fid {zpci.Attr("fid")} is used twice");
            }
        }
    }
}
