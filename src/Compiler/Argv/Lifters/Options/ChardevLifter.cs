using Qconv.Compiler.Argv.Lifters.Chardev;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-chardev BACKEND,id=ID,...</c>: a character backend for -serial chardev:ID, -mon and -device. The
/// TLS credentials object and the <c>-add-fd</c> sets a backend names belong to it; a path libvirt
/// replaced by a descriptor (a fd set, a listening socket's fd) is not on the command line and is
/// written as that descriptor's path (a fd set with a warning).
/// </summary>
public sealed class ChardevLifter() : OptionLifter(LiftPhase.Backends, "chardev")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (ctx.DefineFromOption("chardev", option, payload: ChardevProperties.Read) is not { Payload: ChardevSource src } backend)
        {
            return;
        }

        var p = backend.Properties;
        if (p.GetString("tls-creds") is { } tls && p.GetEntry("tls-creds") is { } tlsEntry && ctx.Resolve("object", tls, tlsEntry.Value.Span) is not null)
        {
            Secrets.SecretObjects.UseTlsCredentials(ctx, p);
        }

        foreach (var key in new[] { "path", "logfile" })
        {
            if (p.GetString(key) is { } v && p.GetEntry(key) is { } e && ChardevProperties.IsFdSet(v))
            {
                AddFdLifter.Use(ctx, v);
                ctx.Warning(LiftCodes.IgnoredProperty, e.KeySpan, $"-chardev {key}={v}: libvirt passed an open descriptor; the file's own path is not on the command line");
            }
        }
    }
}
