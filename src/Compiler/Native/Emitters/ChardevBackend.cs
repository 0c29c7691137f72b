using System.Globalization;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// The <c>-chardev</c> of a character device backend (qemuBuildChardevCommand / qemuBuildChardevStr)
/// with what must precede it: <c>-add-fd</c> for files libvirt opens itself, and the TLS
/// credentials object for TCP sources when chardev TLS is on. Shared by every chardev user.
/// </summary>
public static class ChardevBackend
{
    /// <param name="owner">The device the backend belongs to (for fd sets and the fd opaque name).</param>
    /// <param name="passFds">False for vhost-user interfaces, whose sockets libvirt never pre-opens.</param>
    /// <param name="wait">True when QEMU must wait for the peer of a listening socket (vhost-user).</param>
    public static void Emit(EmitContext ctx, ChardevSource src, string charAlias, Device owner, bool passFds = true, bool wait = false)
    {
        var devAlias = owner.Info.Alias ?? charAlias;
        var fdsets = FdSets.Of(ctx);
        var sourceSet = passFds ? fdsets.Set(owner, "source") : null;
        var logSet = passFds ? fdsets.Set(owner, "log") : null;
        if (sourceSet is { } ss)
        {
            ctx.Add("-add-fd", $"set={ss},fd={ctx.Host.ChardevSourceFd(charAlias)},opaque={devAlias}-source");
        }

        if (logSet is { } ls)
        {
            ctx.Add("-add-fd", $"set={ls},fd={ctx.Host.ChardevLogFd(charAlias)},opaque={devAlias}-log");
        }

        string? tlsAlias = null;
        var chardevTls = ctx.Config.ResolveTls(Config.TlsService.Chardev, ctx.Host.PathExists);
        if (src.Type == "tcp" && (src.Tls ?? chardevTls.Enabled))
        {
            tlsAlias = $"obj{charAlias}_tls0";

            // chardev_tls_x509_secret_uuid: the private key is encrypted; QEMU gets its passphrase as a
            // secret object encrypted with the master key (qemuDomainSecretChardevPrepare).
            string? passwordId = null;
            if (chardevTls.X509SecretUuid is { } uuid)
            {
                if (ctx.Host.SecretValue(uuid, "tls", null) is not { } value)
                {
                    ctx.Error("QC0473", owner.Info, $"no secret with uuid '{uuid}'");
                    return;
                }

                passwordId = $"{charAlias}-secret0";
                ctx.Add("-object", SecretObject.Encrypted(ctx, passwordId, value));
            }

            var tls = new JsonProps()
                .Add("qom-type", "tls-creds-x509")
                .Add("id", tlsAlias)
                .Add("dir", chardevTls.X509CertDir)
                .Add("endpoint", src.Listen ? "server" : "client")
                .Add("verify-peer", !src.Listen || chardevTls.X509Verify);
            tls.AddIfNotNull("passwordid", passwordId);
            ctx.Add("-object", tls);
        }

        var kv = Backend(ctx, src, charAlias, sourceSet, passFds && src.Type == "unix" && src.Listen, wait, tlsAlias, owner);
        if (kv is null)
        {
            return;
        }

        if (src.LogFile is { } log)
        {
            kv.Add("logfile", logSet is { } l ? FdSetPath(l) : log);
            if (logSet is not null)
            {
                kv.Add("logappend", "on");
            }
            else if (src.LogAppend is { } la)
            {
                kv.AddOnOff("logappend", la);
            }
        }

        ctx.Add("-chardev", kv);
    }

    public static string FdSetPath(int set) => "/dev/fdset/" + set.ToString(CultureInfo.InvariantCulture);

    private static KeyValueWriter? Backend(EmitContext ctx, ChardevSource src, string id, int? sourceSet, bool listenFd, bool wait, string? tlsAlias, Device owner)
    {
        switch (src.Type)
        {
            case "null" or "vc" or "pty" or "stdio":
                return new KeyValueWriter(src.Type).Add("id", id);
            case "dev":
                // QEMU's host serial backend is 'serial' (alias of tty); parallel ports use 'parallel'.
                return new KeyValueWriter(owner.ElementName == "parallel" ? "parallel" : "serial").Add("id", id).Add("path", src.Path ?? string.Empty);
            case "file":
                var file = new KeyValueWriter("file").Add("id", id).Add("path", sourceSet is { } s ? FdSetPath(s) : src.Path ?? string.Empty);
                if (sourceSet is not null)
                {
                    file.Add("append", "on");
                }
                else if (src.Append is { } ap)
                {
                    file.AddOnOff("append", ap);
                }

                return file;
            case "pipe":
                return new KeyValueWriter("pipe").Add("id", id).Add("path", src.Path ?? string.Empty);
            case "udp":
                return new KeyValueWriter("udp").Add("id", id).Add("host", src.Host ?? string.Empty).Add("port", src.Service ?? string.Empty)
                    .Add("localaddr", src.BindHost ?? string.Empty).Add("localport", src.BindService ?? "0");
            case "tcp":
                var tcp = new KeyValueWriter("socket").Add("id", id).Add("host", src.Host ?? string.Empty).Add("port", src.Service ?? string.Empty);
                if (src.Protocol == "telnet")
                {
                    tcp.Add("telnet", "on");
                }

                Listen(tcp, src, wait);
                Reconnect(tcp, src);
                if (tlsAlias is not null)
                {
                    tcp.Add("tls-creds", tlsAlias);
                }

                return tcp;
            case "unix":
                var unix = new KeyValueWriter("socket").Add("id", id);
                if (listenFd)
                {
                    unix.Add("fd", ctx.Host.ListenUnixSocketFd(src.Path ?? string.Empty).ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    unix.Add("path", src.Path ?? string.Empty);
                }

                Listen(unix, src, wait);
                Reconnect(unix, src);
                return unix;
            case "spicevmc":
                return new KeyValueWriter("spicevmc").Add("id", id).Add("name", src.Channel ?? "vdagent");
            case "spiceport":
                return new KeyValueWriter("spiceport").Add("id", id).Add("name", src.Channel ?? string.Empty);
            case "dbus":
                return new KeyValueWriter("dbus").Add("id", id).Add("name", src.Channel ?? string.Empty);
            case "qemu-vdagent":
                var vd = new KeyValueWriter("qemu-vdagent").Add("id", id).Add("name", "vdagent");
                if (src.Clipboard is { } cb)
                {
                    vd.AddOnOff("clipboard", cb);
                }

                if (src.MouseMode is "client" or "server")
                {
                    vd.AddOnOff("mouse", src.MouseMode == "client");
                }

                return vd;
            default:
                ctx.Error("QC0400", owner.Info, $"unsupported chardev '{src.Type}'");
                return null;
        }
    }

    private static void Listen(KeyValueWriter kv, ChardevSource src, bool wait)
    {
        if (src.Listen)
        {
            kv.Add("server", "on");
            if (!wait)
            {
                kv.Add("wait", "off");
            }
        }
    }

    private static void Reconnect(KeyValueWriter kv, ChardevSource src)
    {
        if (src.ReconnectEnabled == true)
        {
            kv.Add("reconnect", src.ReconnectTimeout ?? 0);
        }
        else if (src.ReconnectEnabled == false)
        {
            kv.Add("reconnect", "0");
        }
    }
}
