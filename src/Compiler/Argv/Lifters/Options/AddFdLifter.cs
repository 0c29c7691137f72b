namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-add-fd set=N,fd=FD,opaque=...</c>: a descriptor libvirt opened for QEMU (a chardev's file or log, a
/// vDPA device). It is how libvirt hands over a host resource, not part of the guest: it belongs to the
/// backend whose path is <c>/dev/fdset/N</c>, and is kept as passthrough only when nothing uses it.
/// </summary>
public sealed class AddFdLifter() : OptionLifter(LiftPhase.Backends, "add-fd")
{
    private const string Prefix = "/dev/fdset/";

    // A set may hold several descriptors (one -add-fd each), so each is a backend of its own: "SET:FD".
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Properties is { } p && p.GetString("set") is { } set)
        {
            ctx.Define("fdset", set + ":" + p.GetString("fd"), option, p);
        }
        else
        {
            ctx.Error(LiftCodes.MissingProperty, option.Span, "-add-fd needs set=");
        }
    }

    /// <summary>Marks the descriptors of the fd set a <c>/dev/fdset/N</c> path names as used.</summary>
    public static void Use(LiftContext ctx, string path)
    {
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return;
        }

        var prefix = path[Prefix.Length..] + ":";
        foreach (var b in ctx.Backends)
        {
            if (b.Kind == "fdset" && b.Id.StartsWith(prefix, StringComparison.Ordinal))
            {
                b.Used = true;
            }
        }
    }
}
