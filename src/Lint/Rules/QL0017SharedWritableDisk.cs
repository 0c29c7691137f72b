using System.Xml.Linq;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>The same image attached twice for writing without &lt;shareable/&gt; (libvirt lets it through).</summary>
public sealed class QL0017SharedWritableDisk : IRule
{
    public string Id => "QL0017";

    public Severity DefaultSeverity => Severity.Warning;

    public string Title => "Writable disk image attached more than once without <shareable/>";

    public string Description => "Two writable disks backed by the same file or block device, without <shareable/>, means two "
        + "independent caches write the same blocks: the file system on it gets corrupted. libvirt does not check this "
        + "within one guest; with <shareable/> it disables host caching and locking so that sharing is deliberate.";

    public string Fix => "Attach the image once, mark the extra attachments <readonly/>, or mark every attachment <shareable/> (raw format only).";

    public void Check(LintContext context)
    {
        var writers = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var disk in context.DevicesNamed("disk"))
        {
            if (disk.AttrOr("device", "disk") is "cdrom" or "floppy" || disk.Child("readonly") is not null
                || DiskSources.PathOf(disk) is not { Length: > 0 } path)
            {
                continue;
            }

            if (writers.TryGetValue(path, out var first)
                && (disk.Child("shareable") is null || first.Child("shareable") is null))
            {
                context.Report(disk.Child("source")!, $"'{path}' is also attached writable on line {context.SpanOf(first).Line}, and not both are <shareable/>");
            }
            else
            {
                writers.TryAdd(path, disk);
            }
        }
    }
}
