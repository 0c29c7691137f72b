using System.Globalization;
using Qconv.Compiler.Argv.Lifters.Chardev;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Storage;

/// <summary>
/// A file source opened from descriptors the caller handed to libvirt (&lt;source file=... fdgroup='NAME'&gt;,
/// virDomainFDAssociate): libvirt passes them with one <c>-add-fd set=N,fd=FD</c> each and QEMU opens
/// <c>/dev/fdset/N</c>. The group is the one the caller associated with exactly these descriptors, in this
/// order (<see cref="LiftOptions.FdGroups"/>); the file's own path is not on the command line, so the fd set
/// path stands for it. Without a matching group the descriptors stay on the command line as they are.
/// </summary>
public static class FdGroupSource
{
    private const string Prefix = "/dev/fdset/";

    public static DiskSource Apply(DiskSource src, LiftContext ctx)
    {
        if (src.Type != "file" || !ChardevProperties.IsFdSet(src.Path) || ctx.Options.FdGroups is not { Count: > 0 } groups)
        {
            return src;
        }

        var set = src.Path![Prefix.Length..];
        var members = ctx.Backends
            .Where(b => b.Kind == "fdset" && b.Id.StartsWith(set + ":", StringComparison.Ordinal))
            .OrderBy(b => b.Option.Span.Line).ThenBy(b => b.Option.Span.Column)
            .ToList();
        var fds = members.Select(b => b.Properties.GetInt64("fd")).ToList();
        if (fds.Count == 0 || fds.Any(fd => fd is null))
        {
            return src;
        }

        foreach (var (name, groupFds) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (groupFds.Count == fds.Count && groupFds.Select(fd => (long?)fd).SequenceEqual(fds))
            {
                members.ForEach(m => m.Used = true);
                return src with { FdGroup = name };
            }
        }

        ctx.Warning(LiftCodes.IgnoredProperty, members[0].Option.Span, $"fd set {set.ToString(CultureInfo.InvariantCulture)} matches no descriptor group the caller named; kept as it is");
        return src;
    }
}
